# yield in else clauses of try, for and while, and in the if/else branches
def gen(items, limit):
    try:
        v = items[0]
    except IndexError:
        yield "try: empty"
    else:
        yield f"try-else: first is {v}"
    for x in items:
        if x > limit:
            yield f"for: {x} too big, break"
            break
        yield f"for: {x}"
    else:
        yield "for-else: no break"
    n = len(items)
    while n > 0:
        n -= 2
        yield f"while: n={n}"
    else:
        yield "while-else"

print(list(gen([1, 2, 3], 5)))
print(list(gen([1, 9, 3], 5)))
print(list(gen([], 5)))
