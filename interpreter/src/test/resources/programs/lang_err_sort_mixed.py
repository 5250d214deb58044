records = [("ann", 31), ("bob", "unknown"), ("cid", 25)]

def by_age(record):
    return record[1]

print(sorted(records[::2], key=by_age))
print(sorted(records, key=by_age))
