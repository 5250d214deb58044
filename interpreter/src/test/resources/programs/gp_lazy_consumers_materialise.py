# list/tuple/set/dict/str.join/extend consume a generator to the end, in order
def gen(tag):
    for i in range(3):
        print(" ", tag, i)
        yield i

print(list(gen("list")))
print(tuple(gen("tuple")))
print(sorted(set(gen("set"))))
print(dict.fromkeys(gen("fromkeys")))
print(",".join(str(i) for i in gen("join")))
lst = ["start"]
lst.extend(gen("extend"))
print(lst)
lst += gen("iadd")
print(lst)
print(bytes(gen("bytes")))
