# while/for/if/elif/else/break/continue/pass, loop-else
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

print([classify(n) for n in (-5, 0, 3, 42)])

i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
print("after while", i)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)

k = 0
while True:
    k += 1
    if k == 4:
        break
else:
    print("never printed")
print("broke at", k)

for x in []:
    print("never")
else:
    print("empty for-else")

for ch in "abc":
    pass
print("last ch", ch)

total = 0
for a in range(4):
    for b in range(4):
        if b > a:
            continue
        total += a * b
print("total", total)

n = 5
while n:
    n -= 1
    if n == 2:
        pass
    else:
        print("n", n, end=" ")
print()
