class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Good(Left, Right):
    pass


print([c.__name__ for c in Good.__mro__])


class Bad(Base, Left):
    pass
