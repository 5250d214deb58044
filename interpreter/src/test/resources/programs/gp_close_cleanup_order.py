# cleanup runs on exhaustion, on throw and on close, each exactly once
log = []
def resource(name):
    log.append("open " + name)
    try:
        yield name + "-1"
        yield name + "-2"
    except ValueError:
        log.append("except " + name)
        raise
    else:
        log.append("else " + name)
    finally:
        log.append("close " + name)

print(list(resource("a")))
g = resource("b")
next(g)
try:
    g.throw(ValueError)
except ValueError:
    log.append("caller saw ValueError")
g = resource("c")
next(g)
g.close()
g.close()
g = resource("d")
g.close()
for line in log:
    print(line)
