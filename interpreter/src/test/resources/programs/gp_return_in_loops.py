# return from inside nested loops and try blocks; a for loop consuming it ignores the value
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            try:
                yield (r, c)
                if v == target:
                    return ("found", r, c)
            finally:
                print("checked", r, c)
    return ("missing", target)

m = [[1, 2], [3, 4]]
for pos in find(m, 3):
    print("visiting", pos)
g = find(m, 9)
while True:
    try:
        next(g)
    except StopIteration as e:
        print(e.value)
        break
