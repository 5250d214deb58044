# an itertools error that nothing catches ends the program with CPython's traceback
from itertools import combinations

def pick(items, r):
    return list(combinations(items, r))

print(pick("abc", 2))
print(pick("abc", -1))
