class LookupFailed(Exception):
    pass


class Directory:
    def __init__(self, entries):
        self.entries = entries

    def find(self, name):
        try:
            return self.entries[name]
        except KeyError:
            raise LookupFailed(f"no entry named {name!r}") from None


d = Directory({"ann": 1})
print(d.find("ann"))
d.find("bob")
