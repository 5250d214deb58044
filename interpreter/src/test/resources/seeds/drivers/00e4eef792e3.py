# Driver for the tutorials' simple_generator() block: __next__() and next() alternate.
gen = simple_generator()
print(gen.__next__())
print(next(gen))
print(gen.__next__())
print(list(gen))
print(list(simple_generator()))
print(" ".join(simple_generator()))
