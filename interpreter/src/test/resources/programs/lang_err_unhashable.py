visited = set()

def visit(path):
    visited.add(path)
    return len(visited)

print(visit(("a", "b")))
print(visit(["a", "c"]))
