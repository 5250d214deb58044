# Driver for the tutorials' generator square_numbers(nums) block: values come one at a time.
squares = square_numbers([1, 2, 3, 4, 5])
print(next(squares))
print(next(squares))
print(list(squares))
print(list(squares))
print(sum(square_numbers(range(1, 11))))
print(list(square_numbers([-3, 0.5, 10 ** 10])))
