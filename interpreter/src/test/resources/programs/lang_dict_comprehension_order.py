def k(x):
    print("key", x)
    return x
def v(x):
    print("value", x)
    return x * 2
print({k(i): v(i) for i in range(2)})
print({i: j for i in range(3) if i for j in "ab"})
