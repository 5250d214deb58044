# arithmetic operators and augmented forms, incl. negatives
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2 ** -1, 2 ** 0.5, (-8) ** 2, -8 ** 2, 10 ** -2, 4 ** 0.5)
print(-3 ** 2, (-3) ** 3, 2 ** 3 ** 2, -2 ** -2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(True + True, True * 5, False - 1, 3 / True, True // 1)
print(1 + 2.0, 3 * 1.5, 1 / 3, 2 / 2, 10 / 4, 1e300 * 10, -1e300 * 10)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 17
x //= 5; print(x)
x = -17
x %= 5; print(x)
x **= 3; print(x)
x = 7.0
x //= 2; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
lst += [2, 3]; lst *= 2; print(lst)
t = (1,)
t += (2,); print(t)
print(-x, - -x, -(-x), +x, -0.0, -0, abs(-0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7.0))
print(0.1 + 0.2, 1.1 * 3, 1e16, 1e-5, 123456789.0 * 1000, 1.0e22, 3.0, -2.5e-10)
print(float("inf"), -float("inf"), float("inf") - float("inf") != 0)
print(int(7.9), int(-7.9), int(True), float(3), 5 // 0.5, 5 % 0.7)
