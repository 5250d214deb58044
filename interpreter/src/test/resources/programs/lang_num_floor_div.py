# // and % floor toward negative infinity, for ints and floats, and divmod agrees
for a in (7, -7, 0, 1, -1, 13):
    for b in (3, -3, 1, -1, 5):
        q, r = a // b, a % b
        assert q * b + r == a
        print(f"{a:3} // {b:2} = {q:3}   {a:3} % {b:2} = {r:3}   divmod = {divmod(a, b)}")
for a in (7.5, -7.5, 0.0, -0.0, 1e-300):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 // 0.1, 5 % 0.1, 1 // 0.1, 1 % 0.1, -1 % 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(-0.0 % 5, 0.0 % -5, 5.0 % -5, -5.0 % 5, 5 % -5.0, -6 % 3, 6 % -3)
print(2 ** 70 // 3, -(2 ** 70) // 3, 2 ** 70 % 7, -(2 ** 70) % 7, 2 ** 70 % -7, (2 ** 70) // -(2 ** 35))
print(10 ** 20 // 10 ** 19, -(10 ** 20) // 7, 10 ** 20 % 3.5, 7 // 2 ** 70, -7 // 2 ** 70, -7 % 2 ** 70)
print(True // 2, -True // 2, True % 2, 7 // True, 7.5 // True, False % 3)
print(float("inf") // 1, float("inf") % 2, 5 // float("inf"), -5 // float("inf"), 5 % float("inf"), -5 % float("inf"))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), divmod(7, -2.0), divmod(2 ** 65, -3))
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
x = 17.5
x %= -4
print(x)
for thunk in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: divmod(1, 0),
              lambda: divmod(1.0, 0), lambda: 2 ** 70 // 0, lambda: 0 % 0, lambda: 1 // 0.0, lambda: 1 / False]:
    try:
        print(thunk())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
