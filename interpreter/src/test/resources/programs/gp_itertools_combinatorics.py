# product, permutations, combinations
import itertools

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3))[:4], len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations("abc", 2)))
print(len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations_with_replacement("ab", 2)))
p = itertools.permutations(range(10))
print(next(p), next(p))
print(list(itertools.combinations([], 0)), list(itertools.combinations([1], 2)))
