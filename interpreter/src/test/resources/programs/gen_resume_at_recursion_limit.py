# A generator resumed where the recursion limit is reached: the RecursionError is raised as if
# inside the generator, which is finished by it (not left running for ever). (Where CPython
# checks the depth before the generator, as for gen.send, it is left suspended instead.)
def g():
    yield 1
    yield 2
    yield 3


it = g()
print(next(it))
hit = []


def rec(n):
    try:
        rec(n + 1)
    except RecursionError:
        if not hit:
            try:
                next(it)
            except RecursionError:
                hit.append("RecursionError")
            else:
                hit.append("resumed")


rec(0)
print(hit, it.gi_running, it.gi_frame)
try:
    print(next(it))
except StopIteration:
    print("StopIteration")
print(list(it))

