# Building lists with append, then reading them back.
ROUNDS = 70
N = 100000
checksum = 0
r = 0
while r < ROUNDS:
    items = []
    i = 0
    while i < N:
        items.append(i * r % 977)
        i += 1
    s = 0
    for v in items:
        s += v
    checksum = (checksum * 7 + s + len(items)) % 1000000007
    r += 1
print("list_append", ROUNDS, checksum)
