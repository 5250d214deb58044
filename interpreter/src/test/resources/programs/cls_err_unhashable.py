class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v


print(P(1) == P(1), P(1) != P(2))
print(P(1) in [P(0), P(1)])
print(P.__hash__ is None)
seen = []
for p in [P(1), P(2), P(1)]:
    if p not in seen:
        seen.append(p)
print(len(seen))
lookup = {P(1): "one"}
