# Driver for the tutorials' read_chunks(file_path, chunk_size=1024) block. SCRATCH_DIR is set by
# the test (and by scripts/regen-expected) to an empty folder this driver may write in.
path = SCRATCH_DIR + "/sample.txt"
with open(path, "w") as f:
    f.write("Generators read big files piece by piece.\n")
    f.write("Sizes count characters: héllo wörld ✓\n")
    f.write("The last chunk may be shorter.")

for chunk in read_chunks(path, 16):
    print(repr(chunk))

print(list(read_chunks(path, 1000)))
chunks = list(read_chunks(path))
print(len(chunks), len(chunks[0]))

# A file longer than the default chunk size: 50 lines of 50 characters.
with open(path, "w") as f:
    for i in range(50):
        f.write("0123456789" * 4 + "abcdefghi\n")
sizes = []
for chunk in read_chunks(path):
    sizes.append(len(chunk))
print(sizes)

with open(path, "w") as f:
    pass
print(list(read_chunks(path)))
