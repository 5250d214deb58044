# del of names, items, slices, several targets, and what errors it raises
def bound(name):
    try:
        eval_name = {"a": lambda: a, "c": lambda: c, "i": lambda: i, "e1": lambda: e1, "e2": lambda: e2, "f1": lambda: f1}[name]
        eval_name()
        return True
    except NameError:
        return False
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, bound("a"), bound("c"))
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
del d["a"], d["c"]
print(d)
nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)
del nested["outer"]["inner"]
print(nested)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
def local_del():
    y = "local"
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(local_del())
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
def del_then_assign():
    v = 1
    del v
    v = 2
    return v
print(del_then_assign())
for i in range(3):
    pass
del i
print(bound("i"))
k = [1, 2, 3]
alias = k
del k
print(alias)
(e1, e2) = 1, 2
del (e1, e2)
print(bound("e1"), bound("e2"))
[f1, f2] = 3, 4
del [f1, f2]
print(bound("f1"))
