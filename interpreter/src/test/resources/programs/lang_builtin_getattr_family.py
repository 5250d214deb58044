# getattr/setattr/hasattr/delattr on builtin values and modules
import math
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1), getattr(5, "real"), getattr(2.5, "imag"))
print(getattr("abc", "nope", "default"), getattr(None, "x", None), getattr(math, "pi"), getattr(math, "tau", 0) > 6)
print(hasattr("s", "split"), hasattr("s", "push"), hasattr([], "append"), hasattr({}, "keys"), hasattr(1, "bit_length"))
print(hasattr(math, "sqrt"), hasattr(math, "nope"), hasattr(None, "__class__"))
print(getattr(getattr(math, "floor"), "__name__"), getattr(range(1, 5, 2), "step"), getattr(slice(1, 2), "stop"))
setattr(math, "answer", 42)
print(math.answer, getattr(math, "answer"), hasattr(math, "answer"))
method = getattr([3, 1, 2], "sort")
print(method(), type(method).__name__)
name = "upp" + "er"
print(getattr("dynamic", name)())
for thunk in [lambda: getattr("s", "nope"), lambda: getattr(1, "nope"), lambda: getattr(math, "nope"),
              lambda: setattr(1, "x", 2), lambda: setattr("s", "upper", None), lambda: setattr([], "x", 1),
              lambda: getattr("s", 1),
              lambda: hasattr("s", None), lambda: getattr(), lambda: getattr(int, "nope")]:
    try:
        print(thunk())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
ops = {}
for op in ["upper", "lower", "title", "swapcase"]:
    ops[op] = getattr("MiXeD cAsE", op)()
print(ops)
print([getattr(x, "real") for x in (1, 2.5, True)], [hasattr(x, "append") for x in ([], (), "")])
