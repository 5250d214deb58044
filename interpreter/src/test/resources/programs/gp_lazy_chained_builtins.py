# builtin lazy iterators stacked on a generator: each item flows through before the next is pulled
def source():
    for w in ["one", "two", "three", "four", "five"]:
        print("source", w)
        yield w

pipeline = enumerate(filter(lambda w: "o" in w, map(str.upper, source())), 1)
print("nothing pulled yet")
for i, w in pipeline:
    print("result", i, w)
total = sum(len(w) for w in filter(None, map(str.strip, [" a ", "", " bc"])))
print(total)
z = zip(map(len, source()), reversed(range(3)))
print(list(z))
