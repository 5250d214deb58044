def first_digit(number):
    return number[0]

print(first_digit("42"))
print(first_digit(42))
