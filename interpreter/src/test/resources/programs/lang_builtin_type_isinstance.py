# type(), isinstance() and issubclass() on builtin types
values = [0, True, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, range(2), len, print, 2 ** 100]
for v in values:
    print(repr(v)[:12], type(v).__name__, type(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0) == float, type([]) is not tuple)
print(type(type(1)), type(int), type(type), type(type(None)).__name__, type(len).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("x", (int, str)), isinstance([], (tuple, (dict, list))), isinstance(None, type(None)), isinstance(3, ()))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), isinstance(len, object))
print(isinstance(frozenset(), set), isinstance(set(), frozenset), isinstance(range(1), range), isinstance(b"", bytes))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(bool, (str, int)), issubclass(int, int))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(type, object))
print(issubclass(ValueError, (TypeError, LookupError)), issubclass(UnicodeDecodeError, ValueError), issubclass(float, int))
print(int.__name__, str.__name__, type(None).__name__, bool.__base__ if False else "skip", list.__module__ if False else "skip")
print(type(1)(7.9), type("")(12), type([])("ab"), type(())(range(2)), type({})(a=1), type(1.5)("2.5"), type(True)([]))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, "int"), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: isinstance(1, (int, 1)), lambda: type(), lambda: type(1, 2), lambda: issubclass(True, int)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
def kind(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, (list, tuple, set, frozenset)):
        return "collection"
    if isinstance(v, dict):
        return "mapping"
    return "other"
print([kind(v) for v in values])
