class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s[0], s[1:], isinstance(s, list), type(s).__name__, 2 in s)
s += [4]
print(s, type(s).__name__, sum(s), sorted(s, reverse=True), list(reversed(s)))
s[0] = 10; del s[1]
print(s, s == [10, 3, 4], s.pop(), s, bool(Stack()), repr(Stack("ab")))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "a b a c a".split():
    c[w] += 1
print(c, c["zz"], "zz" in c, len(c), sorted(c.items()), c.get("q"))

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, dict(a) if False else '')

class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.5)
print(t, t + 1, t * 2, round(t), int(t), f"{t:.3f}", t > 20, repr(t), type(t + 1).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "by", n == "bob", {n: 1}["bob"] if False else '', n.startswith("b"), n[1:])

class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
e = Even(7)
print(e, e + 1, e * 3, isinstance(e, int), hex(e), [0, 1, 2, 3, 4, 5, 6, 7][e], type(e).__name__)

class Pair(tuple):
    def first(self): return self[0]
p = Pair((1, 2))
print(p, p.first(), len(p), p + (3,), hash(p) == hash((1, 2)))
try:
    class Bad(int, list): pass
except TypeError as ex: print(ex)
try:
    class Bad2(bool): pass
except TypeError as ex: print(ex)
try:
    hash(Stack())
except TypeError as ex: print(ex)
