class Oops(Exception):
    pass


class Other(Exception):
    pass


def run(raise_what, log):
    try:
        log.append("try")
        if raise_what is not None:
            raise raise_what
        log.append("try end")
    except Oops as e:
        log.append(f"except Oops {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")


for what in [None, Oops("o")]:
    log = []
    run(what, log)
    print(log)
log = []
try:
    run(Other("x"), log)
except Other as e:
    log.append(f"caller got {e}")
print(log)


# try/finally only
def only_finally(fail):
    try:
        if fail:
            raise Oops("from try")
        return "returned"
    finally:
        print("  finally runs, fail =", fail)


print(only_finally(False))
try:
    only_finally(True)
except Oops as e:
    print("propagated:", e)


# try/except/else without finally; else is not protected by the handlers
def else_raises():
    try:
        pass
    except Oops:
        return "handler"
    else:
        raise Oops("raised in else")


try:
    else_raises()
except Oops as e:
    print("escaped from else:", e)


# return in finally overrides the exception and the try's return
def finally_return(fail):
    try:
        if fail:
            raise Oops("lost")
        return "try value"
    finally:
        return "finally value"


print(finally_return(True), finally_return(False))


# exception in except replaced by one in finally; the chain keeps the context
def finally_raises():
    try:
        raise Oops("first")
    except Oops:
        raise Other("second")
    finally:
        print("  finally before propagation")


try:
    finally_raises()
except Other as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


# multiple except clauses and order
def classify(exc):
    try:
        raise exc
    except Oops:
        return "Oops"
    except (Other, KeyError):
        return "Other or KeyError"
    except LookupError:
        return "LookupError"
    except Exception as e:
        return f"Exception {type(e).__name__}"


print([classify(e) for e in [Oops(), Other(), KeyError(), IndexError(), ValueError()]])


# nesting: inner finally, outer except
def nested():
    events = []
    try:
        try:
            events.append("inner try")
            raise Oops("deep")
        finally:
            events.append("inner finally")
    except Oops as e:
        events.append(f"outer except {e}")
    else:
        events.append("outer else")
    finally:
        events.append("outer finally")
    return events


print(nested())


# loops with break/continue inside try/finally
out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        if i == 2:
            raise Oops(i)
        out.append(f"body {i}")
    except Oops as e:
        out.append(f"caught {e}")
    else:
        out.append(f"else {i}")
    finally:
        out.append(f"finally {i}")
print(out)


# the exception variable is unbound after the handler
try:
    raise Oops("temp")
except Oops as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
