# explicit cleanup of a pipeline: each stage closes its upstream in finally, so closing the head closes all
def source(log):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        log.append("source closed")

def stage(name, upstream, log):
    try:
        for v in upstream:
            yield f"{name}({v})"
    finally:
        log.append(name + " closing upstream")
        upstream.close()
        log.append(name + " closed")

log = []
head = stage("outer", stage("inner", source(log), log), log)
print(next(head), next(head))
head.close()
print(log)
log = []
head = stage("only", source(log), log)
head.close()
print("never started:", log)
log = []
head = stage("x", source(log), log)
print(next(head))
try:
    head.throw(KeyError("k"))
except KeyError:
    print("after throw:", log)
