# Big-integer Fibonacci from a generator: numbers of thousands of digits.
N = 350000


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


count = 0
last = 0
for v in fib():
    if count == N:
        break
    last = v
    count += 1
print("bigint_fib", count, last.bit_length(), last % 1000000007)
