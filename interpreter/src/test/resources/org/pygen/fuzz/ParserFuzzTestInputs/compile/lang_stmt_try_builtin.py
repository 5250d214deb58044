# try/except/else/finally combinations with builtin exceptions only
def run(action):
    log = []
    try:
        log.append("try")
        action()
        log.append("try-end")
    except ZeroDivisionError as e:
        log.append("zde:" + str(e))
    except (KeyError, IndexError) as e:
        log.append("lookup:" + type(e).__name__)
    except Exception as e:
        log.append("other:" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(lambda: None))
print(run(lambda: 1 / 0))
print(run(lambda: {}["k"]))
print(run(lambda: [][1]))
print(run(lambda: int("x")))

def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_swallows_exception())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke, exception discarded", i
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def error_in_else():
    try:
        pass
    except ValueError:
        return "not this handler"
    else:
        raise TypeError("raised in else")
try:
    error_in_else()
except TypeError as e:
    print("caught from else:", e)

def error_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
try:
    error_in_handler()
except IndexError as e:
    print("handler raised:", type(e).__name__, e, "context:", type(e.__context__).__name__)

def nested():
    out = []
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            out.append("wrong handler")
        finally:
            out.append("inner finally")
    except LookupError as e:
        out.append("outer caught " + repr(e))
    return out
print(nested())

try:
    raise ValueError("with args", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
try:
    int("bad")
except (TypeError, ValueError) as e:
    print(type(e).__name__, isinstance(e, ValueError), isinstance(e, Exception))
try:
    try:
        raise RuntimeError("first")
    except RuntimeError as e:
        raise ValueError("second") from e
except ValueError as e:
    print(e, "caused by", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise ValueError("second") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def bare_except():
    try:
        {}["x"]
    except:
        return "bare except caught"
print(bare_except())
result = []
for exc in (ValueError("v"), TypeError("t"), KeyError("k"), StopIteration(), ArithmeticError()):
    try:
        raise exc
    except ArithmeticError:
        result.append("arith")
    except LookupError:
        result.append("lookup")
    except (ValueError, TypeError) as e:
        result.append(type(e).__name__)
    except Exception:
        result.append("exception")
print(result)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
