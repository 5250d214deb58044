# slicing with negative indices and steps on str, list, tuple, bytes and range
s = "abcdefghij"
l = list(range(10))
t = tuple(range(10))
b = b"abcdefghij"
r = range(10)
for seq in (s, l, t, b, r):
    print(type(seq).__name__, seq[2:5], seq[-3:], seq[:-7], seq[-100:2], seq[8:100])
    print(" ", seq[::3], seq[::-1][:3], seq[7:2:-2], seq[-1:-4:-1], seq[2:7:-1], seq[::-4])
    print(" ", seq[5:5], seq[-2:-1], seq[1::2], seq[:3:-3], seq[-10:], seq[-11:1])
print(s[-1], l[-10], t[-5], b[-2], r[-3])
print(s[None:None:None], l[None:3], t[slice(2, None)], b[slice(None, None, -5)], r[slice(-2, None)])
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, s[sl], l[sl], r[sl], slice(5), slice(None), slice(1, 2))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 2).indices(7))
print(range(0, 20, 3)[::2], range(10, 0, -2)[1:3], range(5)[::-1], range(0)[::-1], range(-5, 5)[3:-3])
print(list(range(100)[90::4]), len(range(10**6)[::7]), range(10**20)[-1], range(3)[5:])
print("héllo"[::-1], "hello"[-2:], "x"[1:], ""[::-1], "abc"[-1::-1], "abc"[:-1:-1])
print(s[2:8:2][::-1], l[::2][::2], s[::-2][::-2], t[1:][1:][1:])
print(sl == slice(1, 8, 3), slice(1) == slice(None, 1), slice(1, 2, None) != slice(1, 2, 1))
for thunk in [lambda: s[::0], lambda: l[1:2:0], lambda: s[1.5:], lambda: l["a"], lambda: t[10],
              lambda: r[10], lambda: b[10], lambda: slice(1, 2, 0).indices(3), lambda: s[-11]]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
print(s[True:], l[False], t[True:3:True], s[2**70:], l[-2**70:2])
