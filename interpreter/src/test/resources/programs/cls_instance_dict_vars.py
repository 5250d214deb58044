class Record:
    species = "unknown"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def birthday(self):
        self.age += 1
        self.last = "birthday"


r = Record("Ann", 30)
print(vars(r))
print(r.__dict__)
print(vars(r) is r.__dict__)
r.birthday()
print(vars(r))
r.__dict__["extra"] = 42
print(r.extra)
del r.__dict__["last"]
print(vars(r))
print(sorted(vars(r)))
print(list(r.__dict__.keys()), list(r.__dict__.values()))
print("species" in vars(r), hasattr(r, "species"))
print("species" in Record.__dict__, "birthday" in Record.__dict__, "name" in Record.__dict__)
print(Record.__dict__["species"])

# the order is the order of first assignment
class Ordered:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
        self.a = 4


print(vars(Ordered()))

# copying the state into another instance
src = Record("Bob", 5)
dst = Record("", 0)
dst.__dict__.update(vars(src))
print(vars(dst))
dst.name = "Bobby"
print(src.name, dst.name)

# an instance with no attributes
class Nothing:
    pass


n = Nothing()
print(vars(n), n.__dict__, len(vars(n)))
n.__dict__["dyn"] = "added through dict"
print(n.dyn, vars(n))
for key, value in vars(r).items():
    print(key, "=", value)

# setattr with computed names
for i in range(3):
    setattr(n, f"field{i}", i * i)
print(vars(n))
print([getattr(n, f"field{i}") for i in range(3)])
