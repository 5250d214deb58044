def worker():
    while True:
        value = yield
        print("processing", value)

def drive():
    w = worker()
    next(w)
    w.send("a")
    w.throw(RuntimeError("stop working"))

drive()
