# sys.set_int_max_str_digits / get_int_max_str_digits and the limit on every int -> str path
import sys
big = 10 ** 4300
def attempt(label, thunk):
    try:
        r = thunk()
        print(label, r if isinstance(r, (int, bool)) else len(r))
    except ValueError as e:
        print(label, type(e).__name__, e)
cases = [("str", lambda: str(big)), ("str-1", lambda: str(big - 1)), ("neg", lambda: str(1 - big)), ("repr", lambda: repr(-big)),
         ("fstr", lambda: f"{big}"), ("fstr!r", lambda: f"{big!r}"), ("fmt", lambda: "{}".format(big)), ("fmtd", lambda: format(big, "d")),
         ("pct-s", lambda: "%s" % big), ("pct-d", lambda: "%d" % big), ("bpct", lambda: b"%d" % big), ("list", lambda: str([big])),
         ("dict", lambda: repr({1: big})), ("hex", lambda: hex(big)), ("bin", lambda: bin(big)), ("oct", lambda: oct(big)), ("fx", lambda: f"{big:_x}"),
         ("parse", lambda: int("9" * 4301)), ("parse-ok", lambda: int("9" * 4300) > 0), ("parse16", lambda: int("f" * 5000, 16) > 0),
         ("parse0x", lambda: int("0x" + "f" * 5000, 0) > 0), ("parse-b", lambda: int(b"1" * 4301)), ("parse_", lambda: int("1_" * 4300 + "1")),
         ("lead0", lambda: int("0" * 5000)), ("ws", lambda: int(" " * 5000 + "1")), ("float-ok", lambda: float("1" * 5000) > 0),
         ("gt", lambda: f"{big:>10}"), ("comma", lambda: f"{big:,}"), ("n", lambda: f"{big:n}"), ("big-neg-ok", lambda: str(-(10**4299)))]
for label, thunk in cases:
    attempt(label, thunk)
try:
    print(big)
except ValueError as e:
    print("print", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
for label, thunk in cases[:3] + [("k", lambda: str(10 ** 1000)), ("k-1", lambda: str(10 ** 1000 - 1)), ("pk", lambda: int("1" * 1001)), ("pk-ok", lambda: int("1" * 1000) > 0)]:
    attempt(label, thunk)
sys.set_int_max_str_digits(0)
for label, thunk in cases[:3] + [("p0", lambda: int("1" * 50000) > 0)]:
    attempt(label, thunk)
sys.set_int_max_str_digits(maxdigits=640)
attempt("640", lambda: str(10 ** 640))
attempt("640-1", lambda: str(10 ** 640 - 1))
attempt("p641", lambda: int("1" * 641))
print(sys.get_int_max_str_digits())
for args, kwargs in [((), {}), ((1, 2), {}), ((), {"x": 1}), ((700,), {"maxdigits": 1}), (("a",), {}), ((1.5,), {}),
                     ((2 ** 31,), {}), ((-1,), {}), ((639,), {}), ((True,), {})]:
    try:
        print(sys.set_int_max_str_digits(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
