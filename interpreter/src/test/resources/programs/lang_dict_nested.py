# nested data: dicts of lists of dicts, grouping, inverting, merging, counting
orders = [
    {"id": 1, "customer": "ann", "items": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 1}]},
    {"id": 2, "customer": "bob", "items": [{"sku": "a", "qty": 5}]},
    {"id": 3, "customer": "ann", "items": [{"sku": "c", "qty": 1}, {"sku": "a", "qty": 1}]},
]
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(o["id"])
print(by_customer)
totals = {}
for o in orders:
    for item in o["items"]:
        totals[item["sku"]] = totals.get(item["sku"], 0) + item["qty"]
print(totals, sorted(totals.items(), key=lambda kv: kv[1], reverse=True))
inverted = {}
for sku, qty in totals.items():
    inverted.setdefault(qty, []).append(sku)
print(inverted)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    return 1 if not t else sum(count_leaves(v) for v in t.values())
print(count_leaves(tree))
base = {"db": {"host": "x", "port": 1}, "debug": False}
override = {"db": {"port": 2}, "debug": True}
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge(base, override), base)
copy = {k: (dict(v) if isinstance(v, dict) else v) for k, v in base.items()}
copy["db"]["host"] = "changed"
print(base["db"]["host"], copy["db"]["host"])
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print([matrix[r, r] for r in range(3)], sum(v for (r, c), v in matrix.items() if r != c))
print(orders[0]["items"][1]["sku"], [i["qty"] for o in orders for i in o["items"]], len(str(orders)))
