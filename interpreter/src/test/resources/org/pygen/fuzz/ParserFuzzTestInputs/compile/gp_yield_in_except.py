# yield inside except handlers: the exception being handled survives the suspension
def gen():
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield "in handler: " + str(e)
        print("resumed in handler, e is still", repr(e))
        yield "still in handler"
        try:
            raise
        except ZeroDivisionError as again:
            print("bare raise re-raised the handled exception:", again is e)
    for v in ["1", "x", "3"]:
        try:
            yield int(v)
        except ValueError as e:
            yield f"bad {v!r}"
            try:
                raise KeyError(v)
            except KeyError as k:
                print("new error's context is the handled one:", k.__context__ is e)

for item in gen():
    print("got", item)
