# truth values in if/while/not/and/or/bool for every builtin kind
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), {0},
          frozenset(), range(0), range(1), b"", b"\x00", None, True, False, 2 ** 100, -(2 ** 100), len, print]
for v in values:
    branch = "true" if v else "false"
    print(repr(v)[:20].ljust(22), bool(v), not v, branch, v and "and", v or "or")
count = 0
items = [3, 2, 1]
while items:
    items.pop()
    count += 1
print("popped", count)
text = "abc"
while text:
    text = text[1:]
print(repr(text))
n = 10
while n:
    n //= 3
print(n)
print([v for v in values if v][:5], sum(1 for v in values if not v))
print(all(values[1:3]), any(values[:1]), bool(filter(None, [])), bool(iter([])), bool(map(str, [])))
