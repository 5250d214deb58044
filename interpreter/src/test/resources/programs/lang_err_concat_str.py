def describe(name, count):
    return "Found " + count + " items named " + name

print(describe("apple", str(3)))
print(describe("pear", 5))
