import sys
def g():
    for exc in [KeyError("k"), ValueError("v"), TypeError("t"), IndexError("i")]:
        try:
            print("raising", repr(exc))
            raise exc
        except KeyError as a:
            print("first clause", repr(a))
        except (yield "type for clause 2?") as b:
            print("second clause", repr(b), sys.exc_info()[0].__name__)
            yield "in clause 2"
        except (yield "type for clause 3?"):
            print("third clause, bare")
        else:
            print("no exception")
        finally:
            print("finally")
        try:
            print("b bound after?", b)
        except NameError as e:
            print("NameError:", e)
gen = g()
answers = [ValueError, "ignored", ArithmeticError, TypeError, OSError, (IndexError, KeyError)]
out = [next(gen)]
try:
    for a in answers:
        out.append(gen.send(a))
except StopIteration:
    pass
except IndexError as e:
    print("escaped:", repr(e))
print(out)
