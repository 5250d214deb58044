# while...else and for...else: else runs only without break; also continue and nesting
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("never")
print("broke out at", n)
n = 10
while n < 3:
    print("never")
else:
    print("while condition false at start: else still runs")
for i in range(3):
    if i == 1:
        continue
    print("body", i)
else:
    print("else after continue-only loop")
primes = []
for candidate in range(2, 30):
    for d in range(2, int(candidate ** 0.5) + 1):
        if candidate % d == 0:
            break
    else:
        primes.append(candidate)
print(primes)
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                break
        else:
            continue
        return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5]]), first_negative([[1]]))
def loop_return():
    for i in range(5):
        if i == 2:
            return "returned in loop"
    else:
        return "else"
print(loop_return())
count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count > 6:
        break
    print("even", count)
else:
    print("never")
print("done at", count)
for x in "ab":
    for y in "12":
        if y == "2":
            break
        print(x + y)
    else:
        print("inner else")
else:
    print("outer else")
try:
    for i in range(3):
        if i == 1:
            raise ValueError("inside loop")
    else:
        print("never")
except ValueError as e:
    print("exception skips else:", e)
i = 0
while i < 3:
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
    i += 1
else:
    print("never")
