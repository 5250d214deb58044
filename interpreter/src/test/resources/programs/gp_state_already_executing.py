# a generator that resumes itself gets ValueError: generator already executing
def selfref():
    try:
        yield next(me)
    except ValueError as e:
        print("inside next:", e)
    try:
        yield me.send(None)
    except ValueError as e:
        print("inside send:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("inside throw:", e)
    try:
        me.close()
    except ValueError as e:
        print("inside close:", e)
    yield "still alive"

me = selfref()
print(next(me))
print(list(me))
