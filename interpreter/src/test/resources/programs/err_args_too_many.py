def pair(a, b):
    return (a, b)

def caller():
    print(pair(1, 2))
    return pair(1, 2, 3)

print("start")
caller()
print("never")
