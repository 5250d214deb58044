# throw() returns the next yielded value; the generator keeps its local state across throws
def counter():
    n = 0
    while True:
        try:
            cmd = yield n
            if cmd == "up":
                n += 1
            elif cmd == "down":
                n -= 1
        except ValueError as e:
            print("reset from", n, "because", e)
            n = 0
        except KeyError:
            n = 100

c = counter()
print(next(c))
for cmd in ["up", "up", "up", "down"]:
    print(cmd, c.send(cmd))
print("throw ->", c.throw(ValueError("reset")))
print(c.send("up"))
print("throw ->", c.throw(KeyError))
print(c.send("down"))
c.close()
print(next(c, "closed"))
