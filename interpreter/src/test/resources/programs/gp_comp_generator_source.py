# list/dict/set comprehensions consume generator sources eagerly and in order
def gen(tag, n):
    for i in range(n):
        print(tag, "yields", i)
        yield i
    print(tag, "done")

lst = [v * 2 for v in gen("list", 3)]
print(lst)
dct = {v: v * v for v in gen("dict", 2)}
print(dct)
st = {v % 2 for v in gen("set", 3)}
print(sorted(st))
pairs = [(a, b) for a in gen("outer", 2) for b in gen("inner", 2)]
print(pairs)
