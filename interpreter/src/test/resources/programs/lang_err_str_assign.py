def capitalize_first(word):
    word[0] = word[0].upper()
    return word

print(capitalize_first(["h", "i"]))
print(capitalize_first("hi"))
