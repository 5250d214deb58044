# a generator that yields again after GeneratorExit: close() raises RuntimeError
log = []
def stubborn():
    for attempt in range(2):
        try:
            yield "working"
        except GeneratorExit:
            log.append("ignored GeneratorExit")

g = stubborn()
print(next(g))
g.close()
