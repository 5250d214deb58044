# GeneratorExit caught and re-raised, or replaced by another exception
def reraises():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, e.args)
        raise

g = reraises()
next(g)
print(g.close())

def replaces():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("replaced during close")

g = replaces()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", repr(e))
    print("context is GeneratorExit:", type(e.__context__).__name__)
print(next(g, "finished"))

def not_exception():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("finally")

g = not_exception()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
