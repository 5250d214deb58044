# yield inside except handlers: the exception being handled survives the suspension
import sys

def gen():
    try:
        1 / 0
    except ZeroDivisionError as e:
        yield "in handler: " + str(e)
        print("resumed in handler, exc_info:", sys.exc_info()[0].__name__)
        yield "still in handler"
        try:
            raise
        except ZeroDivisionError:
            print("bare raise re-raised the handled exception")
    print("after handler, exc_info:", sys.exc_info()[0])
    for v in ["1", "x", "3"]:
        try:
            yield int(v)
        except ValueError as e:
            yield f"bad {v!r}"
            print("context of new error would be", type(e).__name__)

for item in gen():
    print("got", item)
