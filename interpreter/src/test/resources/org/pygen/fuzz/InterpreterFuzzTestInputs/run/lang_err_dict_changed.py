inventory = {"apple": 0, "pear": 2, "kiwi": 0}
for name, count in inventory.items():
    if count == 0:
        del inventory[name]
print(inventory)
