def check(values):
    for v in values:
        assert v >= 0, f"negative value: {v}"
    return True

print(check([1, 2]))
print(check([3, -4, 5]))
