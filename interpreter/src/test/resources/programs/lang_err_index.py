def pairwise_sums(values):
    sums = []
    for i in range(len(values)):
        sums.append(values[i] + values[i + 1])
    return sums

print(pairwise_sums([1]) if False else "start")
print(pairwise_sums([1, 2, 3]))
