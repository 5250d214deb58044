# Driver for the tutorials' regular square_numbers(nums) block: it returns a whole list.
squares = square_numbers([1, 2, 3, 4, 5])
print(squares)
print(len(squares), sum(squares))
print(square_numbers([]))
print(square_numbers([-3, 0.5, 10 ** 10]))
print(square_numbers(range(4)))
