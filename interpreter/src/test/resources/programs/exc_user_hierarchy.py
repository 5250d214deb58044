class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class MissingKey(ConfigError):
    pass


class NetworkError(AppError):
    pass


class Timeout(NetworkError):
    pass


def fail(exc):
    raise exc


for exc in [MissingKey("db.host"), Timeout("30s"), ConfigError("bad"), AppError("generic")]:
    try:
        fail(exc)
    except NetworkError as e:
        print("network:", type(e).__name__, e)
    except ConfigError as e:
        print("config:", type(e).__name__, e)
    except AppError as e:
        print("app:", type(e).__name__, e)

# the first matching clause wins, even if a later one is more specific
try:
    fail(Timeout("t"))
except AppError as e:
    print("broad clause first:", type(e).__name__)
except Timeout:
    print("never here")

# catching with Exception and BaseException
for exc in [MissingKey("k"), ValueError("v")]:
    try:
        fail(exc)
    except Exception as e:
        print("Exception catches", type(e).__name__, isinstance(e, AppError))

print([c.__name__ for c in Timeout.__mro__])
print(issubclass(Timeout, AppError), issubclass(MissingKey, NetworkError))

# an uncaught subclass passes through unrelated handlers
def layered():
    try:
        try:
            fail(Timeout("inner"))
        except ConfigError:
            print("wrong handler")
    except NetworkError as e:
        return f"outer handler got {e}"


print(layered())


# exception classes with class attributes and methods
class HttpError(Exception):
    status = 500

    def describe(self):
        return f"{self.status} {type(self).__name__}: {self}"


class NotFound(HttpError):
    status = 404


class Forbidden(HttpError):
    status = 403


for cls in (NotFound, Forbidden, HttpError):
    try:
        raise cls("/path")
    except HttpError as e:
        print(e.describe())

# handlers chosen by a tuple built at runtime
handled = (NotFound, Timeout)
for exc in (NotFound("x"), Timeout("y"), Forbidden("z")):
    try:
        try:
            raise exc
        except handled as e:
            print("handled", type(e).__name__)
    except Exception as e:
        print("unhandled", type(e).__name__)
