def evens(limit):
    result = [n for n in range(limit) if n % 2 == 0]
    print("computed", result)

for n in evens(5):
    print(n)
