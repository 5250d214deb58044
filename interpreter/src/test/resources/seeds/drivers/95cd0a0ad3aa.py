# Driver for the tutorials' string_generator(string) block.
print(list(string_generator("pygen")))
for char in string_generator("abc"):
    print(char, end=" ")
print()
print("-".join(string_generator("héllo ✓")))
print(list(string_generator("")))
letters = string_generator("xy")
print(next(letters), next(letters), list(letters))
