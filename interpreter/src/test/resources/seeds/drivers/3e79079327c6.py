# Driver for the tutorials' count_up_to(n) block: whole runs, an empty run, and stepping.
print(list(count_up_to(5)))
print(list(count_up_to(0)))
total = 0
for number in count_up_to(100):
    total += number
print(total)
counter = count_up_to(3)
print(next(counter))
print(next(counter))
print(list(counter))
print(list(counter))
