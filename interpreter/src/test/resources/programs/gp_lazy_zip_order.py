# zip pulls from its arguments left to right and stops at the shortest
def src(name, n):
    for i in range(n):
        print("  ", name, "gives", i)
        yield f"{name}{i}"
    print("  ", name, "exhausted")

print(list(zip(src("a", 3), src("b", 2))))
print("--- shorter first: the second is not pulled again")
print(list(zip(src("a", 1), src("b", 3))))
print("--- the item pulled from a longer first argument is lost")
a = src("a", 5)
print(list(zip(a, src("b", 2))))
print("left in a:", list(a))
z = zip(src("x", 2), "pq", range(10))
print("zip created")
print(next(z))
print(list(z))
print(list(zip()))
