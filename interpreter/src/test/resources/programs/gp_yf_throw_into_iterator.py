# throw()/close() while delegating to an iterator without throw/close: raised at the yield from
def gen():
    for attempt in range(2):
        try:
            yield from "xyz"
        except ValueError as e:
            print("caught at yield from:", e)
    yield "done"

g = gen()
print(next(g))
print(next(g))
print(g.throw(ValueError("one")))
print(g.throw(ValueError("two")))
print(list(g))

def closer():
    try:
        yield from range(100)
    finally:
        print("closer cleanup")
g = closer()
print(next(g), next(g))
g.close()
print(next(g, "closed"))
