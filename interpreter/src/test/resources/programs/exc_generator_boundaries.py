class DataError(Exception):
    def __init__(self, item, reason):
        super().__init__(f"{item!r}: {reason}")
        self.item = item


class Abort(Exception):
    pass


def parse(items):
    for item in items:
        if not isinstance(item, int):
            raise DataError(item, "not an int")
        yield item * 10


# an exception raised inside a generator reaches the consumer
g = parse([1, 2, "x", 4])
print(next(g), next(g))
try:
    next(g)
except DataError as e:
    print(type(e).__name__, e, e.item)
print(next(g, "generator finished after the error"))


# crossing several generator layers with yield from
def layer(items):
    yield from parse(items)


def top(items):
    try:
        yield from layer(items)
    except DataError as e:
        yield f"top recovered from {e.item!r}"


print(list(top([5, None, 6])))


# throwing a user exception into a generator, caught inside
def worker():
    done = 0
    while True:
        try:
            yield done
            done += 1
        except Abort as e:
            print("  worker aborted:", e)
            yield f"aborted after {done}"
            return


w = worker()
print(next(w), next(w), next(w))
print(w.throw(Abort("stop now")))
print(next(w, "worker done"))


# thrown exception not caught: propagates out of throw()
def fragile():
    yield 1
    yield 2


f = fragile()
next(f)
try:
    f.throw(DataError("thrown", "from outside"))
except DataError as e:
    print("propagated out of throw:", e)


# finally blocks in generators run when an exception crosses them
def cleanup(tag):
    try:
        yield f"{tag} working"
        raise Abort(tag)
    finally:
        print(f"  cleanup {tag}")


try:
    for v in cleanup("job1"):
        print(v)
except Abort as e:
    print("caught Abort", e)


# an exception from the consumer's side while a generator is suspended
def pair_source():
    try:
        yield "a"
        yield "b"
    finally:
        print("  pair_source closed")


def consume():
    for item in pair_source():
        if item == "a":
            raise DataError(item, "consumer refuses")


try:
    consume()
except DataError as e:
    print("consumer error:", e)


# generator methods of a class raising user exceptions
class Queue:
    def __init__(self, items):
        self.items = items

    def drain(self):
        while self.items:
            item = self.items.pop(0)
            if item < 0:
                raise DataError(item, "negative")
            yield item


q = Queue([1, 2, -3, 4])
seen = []
try:
    for item in q.drain():
        seen.append(item)
except DataError as e:
    print(seen, e, q.items)
print(list(q.drain()))


# a generator catching an exception raised by the function it calls
def safe_parse(items):
    it = parse(items)
    while True:
        try:
            yield next(it)
        except DataError as e:
            yield f"error: {e}"
            return
        except StopIteration:
            return


print(list(safe_parse([1, "two", 3])))
