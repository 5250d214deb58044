class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            print(f"  suppressed {exc_type.__name__}: {exc}")
            return True
        return False


with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("after, caught:", type(s.caught).__name__, s.caught.args)

with Suppress(KeyError, IndexError):
    [][3]
with Suppress(LookupError):
    {}["k"]

try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("escaped:", e)


# user exception hierarchy with suppression
class AppError(Exception):
    pass


class Minor(AppError):
    pass


class Major(AppError):
    pass


def run(exc):
    with Suppress(Minor):
        raise exc
    return "completed"


print(run(Minor("small")))
try:
    run(Major("big"))
except AppError as e:
    print("propagated", type(e).__name__, e)


# a truthy non-bool return value also suppresses
class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *exc):
        return "yes"


with Truthy():
    raise RuntimeError("gone")
print("truthy suppressed")


# suppression inside a loop and a function keeps control flow going
def collect(values):
    results = []
    for v in values:
        with Suppress(ValueError, ZeroDivisionError):
            results.append(10 // int(v))
    return results


print(collect(["1", "x", "0", "5", "2"]))


# an exception raised in __exit__ replaces the original one, which becomes its context
class Replacing:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit saw {exc_type.__name__}")


try:
    with Replacing():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)


# nested managers: the inner one suppresses, the outer sees no exception
class Report:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  {self.name} exit with", None if exc_type is None else exc_type.__name__)
        return False


with Report("outer"):
    with Suppress(TypeError):
        with Report("inner"):
            None + 1
print("done")


# the exception given to __exit__ has a traceback object and the original args
class Detail:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  type:", exc_type.__name__, "args:", exc.args, "tb:", type(tb).__name__)
        print("  same class:", type(exc) is exc_type, isinstance(exc, Exception))
        return True


with Detail():
    raise Minor("with", "two args")
