# Dict- and string-heavy word counting over generated text.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]
LINES = 150000

counts = {}
x = 7
n = 0
while n < LINES:
    parts = []
    k = 0
    while k < 12:
        x = (x * 1103515245 + 12345) % 2147483648
        word = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            word = word.upper()
        parts.append(word + str(x % 13))
        k += 1
    line = " ".join(parts) + "."
    for w in line.strip(".").split(" "):
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    n += 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
checksum = 0
for word, c in sorted(counts.items()):
    checksum = (checksum * 31 + len(word) * c) % 1000000007
print("word_count", len(counts), top, checksum)
