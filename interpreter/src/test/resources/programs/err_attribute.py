def collect(n):
    out = 0
    for i in range(n):
        out.append(i)
    return out

print("collecting")
collect(3)
