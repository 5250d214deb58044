class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key not in self.data:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evicted.append(oldest)
            del self.data[oldest]
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))

    def items(self):
        for key in self:
            yield key, self.data[key]

    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.data})"

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return round(self.hits / total, 3) if total else 0.0


cache = LRUCache(3)
cache["a"] = 1
cache["b"] = 2
cache["c"] = 3
print(cache)
print(cache["a"])
cache["d"] = 4
print(cache, cache.evicted)
print("b" in cache, "a" in cache, len(cache))
print(cache.get("b"), cache.get("b", "gone"), cache.get("c"))
cache["a"] = 10
cache["e"] = 5
print(list(cache), dict(cache.items()), cache.evicted)
del cache["a"]
print(cache, len(cache))
try:
    cache["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del cache["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(cache.hits, cache.misses, cache.hit_rate)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)


# a memoising decorator built on the cache class
class memoize:
    def __init__(self, capacity):
        self.cache = LRUCache(capacity)

    def __call__(self, func):
        cache = self.cache

        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = func(*args)
            cache[args] = result
            return result

        wrapper.cache = cache
        return wrapper


@memoize(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths(16, 16))
print(len(paths.cache), paths.cache.hits, paths.cache.misses, len(paths.cache.evicted))


@memoize(2)
def square(n):
    print("  computing", n)
    return n * n


print([square(n) for n in [1, 2, 1, 3, 2, 1]])
print(square.cache.evicted)
