# throw(ExcClass, value) that the generator does not handle ends the program
def poller():
    count = 0
    while True:
        count += 1
        yield count

p = poller()
next(p)
next(p)
p.throw(LookupError, "poll timed out")
