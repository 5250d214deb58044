doc = """start
of a docstring
