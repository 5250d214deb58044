# an object loaded before the yield is used after resume even if the name was rebound meanwhile
target = []
other = []
box = [1, 2, 3]

def gen():
    target.append((yield "value for append?"))
    box[0] += (yield "increment?")
    print(max(box), min((yield "min args?")))
    yield "end"

g = gen()
print(next(g))
target = other
print(g.send("appended"))
box[0] = 100
print(g.send(5))
print(g.send([7, 3, 9]))
print("old list object:", other, "box:", box)
