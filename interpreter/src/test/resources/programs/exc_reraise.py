class StorageError(Exception):
    pass


class WrappedError(Exception):
    pass


def low_level(n):
    if n < 0:
        raise StorageError(f"negative block {n}")
    return n


def middle(n, log):
    try:
        return low_level(n)
    except StorageError:
        log.append("middle logged and re-raised")
        raise


log = []
try:
    middle(-1, log)
except StorageError as e:
    print("top:", e, log)


# bare raise re-raises the exception being handled, even after other calls
def handler_with_calls():
    try:
        raise StorageError("original")
    except StorageError:
        try:
            int("x")
        except ValueError:
            pass
        raise


try:
    handler_with_calls()
except Exception as e:
    print("re-raised:", type(e).__name__, e)


# raise e re-raises the same object
def raise_object():
    try:
        raise StorageError("object")
    except StorageError as e:
        saved = e
        raise e


try:
    raise_object()
except StorageError as e:
    print("same args:", e.args)


# re-raising after modifying the exception
def annotate():
    try:
        low_level(-5)
    except StorageError as e:
        e.args = (e.args[0] + " (while annotating)",)
        raise


try:
    annotate()
except StorageError as e:
    print(e)


# raise inside a nested function call from a handler is a new exception with context
def wrap():
    try:
        low_level(-2)
    except StorageError as e:
        raise WrappedError("wrapped")


try:
    wrap()
except WrappedError as e:
    print(type(e).__name__, e, "|", type(e.__context__).__name__, e.__context__, "|", e.__cause__)


# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)


# a generator re-raising what was thrown into it
def guarded():
    try:
        yield 1
    except StorageError:
        print("  generator saw it")
        raise


g = guarded()
next(g)
try:
    g.throw(StorageError("thrown"))
except StorageError as e:
    print("caller got back:", e)

# re-raise in a loop collecting errors first
errors = []
for n in [1, -1, 2, -2]:
    try:
        low_level(n)
    except StorageError as e:
        errors.append(str(e))
print(errors)
