class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "cents":
            return f"{self.cents}c"
        if spec.endswith("m"):
            width = int(spec[:-1])
            return str(self).rjust(width)
        return format(self.cents / 100, spec)


m = Money(12345)
print(f"{m}")
print(f"{m:cents}")
print(f"[{m:12m}]")
print(f"{m:.1f}", f"{m:>10.3f}|")
print(format(m), format(m, "cents"))
print("{} {:cents} {!r}".format(m, m, m))
print("{0:8m}|{0:cents}".format(m))
width = 10
print(f"[{m:{width}m}]")
print(f"{m!r:>15}")
print(f"{m!s:*^12}")


# without __format__: the default supports only an empty spec
class Plain:
    def __str__(self):
        return "plain!"


p = Plain()
print(f"{p}", format(p), "{}".format(p))
try:
    f"{p:>10}"
except TypeError as e:
    print(type(e).__name__, e)
print(f"{p!s:>10}|")


# __format__ receiving the spec after nested substitution, and returning non-str
class Echo:
    def __format__(self, spec):
        return f"spec={spec!r}"


fill = "*"
print(f"{Echo():{fill}^{width}}")
print(f"{Echo():}")
print(format(Echo(), "abc"))


class BadFormat:
    def __format__(self, spec):
        return 3


try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)


# __format__ inherited and calling super().__format__ of a builtin subclass
class Celsius(float):
    def __format__(self, spec):
        return super().__format__(spec) + "°C"


print(f"{Celsius(21.456):.1f}", format(Celsius(3), ""))
