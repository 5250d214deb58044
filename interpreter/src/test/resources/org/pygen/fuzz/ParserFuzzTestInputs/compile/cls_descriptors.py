class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)

class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v

class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
    @Lazy
    def total(self):
        print("computing")
        return self.price * self.qty

it = Item(3, 4)
print(it.price, it.qty, it.total, it.total, type(Item.price).__name__, Item.price.name)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError", e)
print(sorted(vars(it)))
