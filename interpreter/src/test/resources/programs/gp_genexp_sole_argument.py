# a genexp as the sole call argument needs no extra parentheses; builtins consume it lazily
print(sum(x for x in range(5)))
print(list(x for x in "ab"))
print(tuple(x * 2 for x in (1, 2)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print("".join(str(d) for d in range(3)))
print(dict((c, ord(c)) for c in "ab"))
print(set(x // 2 for x in range(4)) == {0, 1})
print(any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
print(min((x for x in []), default="empty"))
def count_calls(it):
    return sum(1 for _ in it)
print(count_calls(c for c in "hello" if c != "l"))
