# a generator is a one-shot iterator: consumers share and exhaust it
def gen():
    for i in range(6):
        yield i

g = gen()
print(list(zip(g, g)))
g = gen()
print(next(g), sum(g), list(g))
g = gen()
for x in g:
    if x == 2:
        break
print("resume with same generator:", list(g))
g = gen()
print(max(g, default="empty"), max(g, default="empty"))
g = gen()
pairs = [(x, next(g, None)) for x in g]
print(pairs)
