# Driver for the tutorials' even_numbers(maximum) block.
print(list(even_numbers(10)))
print(list(even_numbers(11)))
print(list(even_numbers(0)))
print(sum(even_numbers(101)))
evens = even_numbers(7)
print(next(evens), next(evens))
print(list(evens))
