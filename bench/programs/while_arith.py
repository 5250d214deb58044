# Plain while-loop integer arithmetic, no generators.
N = 3500000
i = 0
acc = 0
x = 12345
while i < N:
    x = (x * 1103515245 + 12345) % 2147483648
    acc = (acc + (x >> 7) - (i & 255)) % 1000000007
    i += 1
print("while_arith", i, acc)
