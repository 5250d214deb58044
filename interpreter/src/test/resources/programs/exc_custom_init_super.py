class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e)
    print(e.args, e.field, e.problem)
    print(repr(e))


class CodeError(Exception):
    def __init__(self, code, *details):
        super().__init__(code, *details)
        self.code = code


try:
    raise CodeError(42, "detail one", "detail two")
except CodeError as e:
    print(e)
    print(e.args, e.code, repr(e))


# __init__ that does not call super().__init__: args come from the constructor call anyway
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, str(e), repr(e), e.total)


# extra attributes set after construction and default values
class RetryError(Exception):
    def __init__(self, message="retry failed", attempts=3):
        super().__init__(message)
        self.attempts = attempts


for exc in (RetryError(), RetryError("gave up", attempts=7)):
    try:
        raise exc
    except RetryError as e:
        e.note = "seen"
        print(e, e.attempts, e.note, e.args)


# subclass of a custom exception extending its __init__
class DetailedValidation(ValidationError):
    def __init__(self, field, problem, value):
        super().__init__(field, problem)
        self.value = value


try:
    raise DetailedValidation("name", "too short", "Al")
except ValidationError as e:
    print(type(e).__name__, e, e.value, e.args)


# no arguments at all
class Empty(Exception):
    pass


e = Empty()
print(repr(e), str(e) == "", e.args)
print(repr(Empty("one")), repr(Empty("a", 2)), str(Empty("a", 2)))

# args can be replaced
e = Empty("x")
e.args = ("changed", 1)
print(e, repr(e))
