# a genexp whose first iterable is not iterable fails where it is created, not where it is used
def consume(g):
    return list(g)

values = None
lazy = (v * 2 for v in [1])
print(consume(lazy))
broken = (v * 2 for v in values)
print("not reached")
