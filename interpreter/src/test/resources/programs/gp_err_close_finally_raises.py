# an exception in a finally block during close() ends the program, chained to GeneratorExit
def resource():
    try:
        yield "open"
    finally:
        print("releasing")
        raise OSError("release failed")

r = resource()
print(next(r))
r.close()
