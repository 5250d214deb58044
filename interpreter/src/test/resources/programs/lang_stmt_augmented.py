# augmented assignment to names, subscripts, slices, nested items and module attributes
import math
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
counts["l"] += 10
counts["o"] -= 1
counts["h"] *= 5
print(counts)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] **= 3
lst[1] //= 2
lst[1] -= 5
print(lst)
matrix = [[1, 2], [3, 4]]
matrix[1][0] *= 100
matrix[0][1] %= 2
print(matrix)
nested = {"a": {"b": [0, 0]}}
nested["a"]["b"][1] += 5
print(nested)
calls = []
def key(k):
    calls.append(k)
    return k
store = {"x": 1}
store[key("x")] += 1
print(store, calls, "the key expression runs once")
def container():
    calls.append("container")
    return store
container()["x"] *= 10
print(store, calls)
s = [1, 2, 3, 4]
s[1:3] += ["a"]
print(s)
text = "ab"
text *= 3
text += "!"
print(text)
bits = 0b1010
bits |= 0b0101
bits &= 0b1100
bits ^= 0b0001
bits <<= 2
bits >>= 1
print(bits, bin(bits))
f = 7.5
f //= 2
f %= 2.5
print(f)
math.custom = 10
math.custom += 5
print(math.custom)
t = (1, 2)
t += (3,)
print(t)
fs = frozenset({1})
fs |= {2}
print(fs)
st = {1, 2}
alias = st
st -= {1}
print(st, alias, st is alias)
lst2 = [1]
alias2 = lst2
lst2 *= 2
print(alias2, lst2 is alias2)
n = 10
n /= 4
print(n, type(n).__name__)
n = 2
n **= -1
print(n)
for thunk in ["undefined_var", "tuple_item", "str_item", "bad_type", "missing_key"]:
    try:
        if thunk == "undefined_var":
            undefined_var += 1
        elif thunk == "tuple_item":
            t[0] += 1
        elif thunk == "str_item":
            text[0] += "x"
        elif thunk == "bad_type":
            lst[0] += "s"
        else:
            counts["missing"] += 1
    except (NameError, TypeError, KeyError) as e:
        print(thunk, type(e).__name__, e)
