# Driver for the first tutorial's fibonacci(n) block (the first n Fibonacci numbers).
print(list(fibonacci(10)))
print(list(fibonacci(0)))
for value in fibonacci(3):
    print(value)
last = 0
for value in fibonacci(100):
    last = value
print(last)
