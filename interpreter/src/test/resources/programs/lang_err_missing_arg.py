def factorial(n):
    if n <= 1:
        return 1
    return n * factorial()

print(factorial(1))
print(factorial(5))
