class Base:
    def start(self):
        return "base start"


class Child(Base):
    def start(self):
        return "child + " + super().start()

    def stop(self):
        return "child + " + super().stop()


c = Child()
print(c.start())
try:
    super(Child, c).missing
except AttributeError as e:
    print(type(e).__name__, e)
print(c.stop())
