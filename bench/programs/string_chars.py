# A generator over the characters of a long string.
base = "The quick brown fox jumps over the lazy dog 0123456789! "
text = base * 80000


def chars(s):
    for c in s:
        yield c


vowels = 0
digits = 0
checksum = 0
for c in chars(text):
    if c in "aeiou":
        vowels += 1
    elif c.isdigit():
        digits += 1
    checksum = (checksum * 33 + ord(c)) % 1000000007
print("string_chars", len(text), vowels, digits, checksum)
