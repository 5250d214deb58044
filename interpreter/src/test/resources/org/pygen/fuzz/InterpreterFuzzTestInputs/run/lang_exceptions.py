# try/except/else/finally, raise, assert
def attempt(v):
    try:
        r = 10 // v
    except ZeroDivisionError as e:
        print("caught:", e)
        r = None
    except TypeError:
        print("type error")
        r = -1
    else:
        print("no error, r =", r)
    finally:
        print("finally for", repr(v))
    return r
print(attempt(2))
print(attempt(0))
print(attempt("x"))

def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(finally_return())

def reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got", e, type(e).__name__, e.args)

try:
    raise KeyError("k")
except (IndexError, KeyError) as e:
    print("tuple of types", repr(e))

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
assert True, "not raised"

try:
    try:
        int("x")
    finally:
        print("inner finally")
except ValueError as e:
    print("after finally:", e)

def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
loop_with_finally()

try:
    raise RuntimeError
except Exception as e:
    print(type(e).__name__, str(e) == "", isinstance(e, Exception))
try:
    [1, 2][5]
except LookupError as e:
    print("LookupError base:", e)
try:
    {}["missing"]
except Exception as e:
    print(type(e).__name__, e)
e = "kept?"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    raise ValueError("original")
except ValueError:
    try:
        raise TypeError("second")
    except TypeError as t:
        print("nested handler", t)
