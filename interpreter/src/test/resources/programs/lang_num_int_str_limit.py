# the 4300-digit limit on decimal int <-> text conversions (powers-of-two bases are exempt)
big = 10 ** 4300
for thunk in [lambda: int("1" * 4300) % 9, lambda: int("1" * 4301), lambda: int("-" + "9" * 5000), lambda: int("1_0" * 2200),
              lambda: int("7" * 4301, 8) % 5, lambda: int("z" * 4301, 36), lambda: int("f" * 5000, 16) % 7, lambda: int("1" * 9000, 2) % 3,
              lambda: len(f"{big}"), lambda: len(f"{big - 1}"), lambda: len(format(big, ",")), lambda: len(format(-big, "d")),
              lambda: len("%d" % big), lambda: len("%i" % (big - 1)), lambda: len(f"{big:x}"), lambda: len("%x" % big),
              lambda: len(format(big, "b")), lambda: len(f"{big:e}") if False else "skip", lambda: len("{:n}".format(big)),
              lambda: len("{}".format(big * 10))]:
    try:
        print(thunk())
    except ValueError as e:
        print(type(e).__name__, e)
