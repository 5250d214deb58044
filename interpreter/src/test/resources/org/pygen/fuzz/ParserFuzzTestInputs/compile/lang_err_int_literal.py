def parse_scores(text):
    return [int(part) for part in text.split(",")]

print(parse_scores("10,20,30"))
print(parse_scores("10, 20,x"))
