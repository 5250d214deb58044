class Account:
    def __init__(self, balance):
        assert isinstance(balance, int), f"balance must be int, not {type(balance).__name__}"
        assert balance >= 0, "negative balance"
        self.balance = balance


print(Account(5).balance)
for value in [-1, "10", 2.5]:
    try:
        Account(value)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)

try:
    assert 1 + 1 == 3, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))


class Reason:
    def __str__(self):
        return "custom reason object"


try:
    assert [], Reason()
except AssertionError as e:
    print(e, type(e.args[0]).__name__)

# the message is evaluated only when the assertion fails
calls = []


def message():
    calls.append("called")
    return "message"


assert True, message()
print(calls)


# isinstance checks on caught exceptions
class AppError(Exception):
    pass


class BadInput(AppError, ValueError):
    pass


errors = [BadInput("b"), AppError("a"), ValueError("v"), KeyError("k"), AssertionError("x")]
for e in errors:
    print(type(e).__name__,
          isinstance(e, ValueError),
          isinstance(e, AppError),
          isinstance(e, (LookupError, AssertionError)),
          isinstance(e, Exception))


def handle(exc):
    try:
        raise exc
    except Exception as e:
        if isinstance(e, ValueError) and isinstance(e, AppError):
            return "both"
        if isinstance(e, ValueError):
            return "value"
        if isinstance(e, AppError):
            return "app"
        return "other"


print([handle(e) for e in errors])
print(issubclass(BadInput, ValueError), issubclass(BadInput, AppError), issubclass(AssertionError, AppError))
