class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1
        if balance:
            self.deposit(balance)

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if not isinstance(amount, (int, float)) or amount <= 0:
            raise InvalidAmount(f"invalid amount: {amount!r}")

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def transfer(self, other, amount):
        try:
            self.withdraw(amount)
            try:
                other.deposit(amount)
            except BankError:
                self.deposit(amount)
                self.history.append(("refund", amount))
                raise
        except BankError as e:
            raise BankError(f"transfer {self.number}->{other.number} failed") from e
        return True

    def statement(self):
        for kind, amount in self.history:
            yield f"{self.number} {kind:<8} {amount:>6}"

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"


class SavingsAccount(Account):
    rate = 0.02

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise BankError("savings accounts allow two withdrawals")
        return super().withdraw(amount)

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


alice = Account("alice", 100)
bob = SavingsAccount("bob", 50)
print(alice, bob, alice.number, bob.number)
alice.deposit(25).withdraw(40)
print(alice.balance)
for action in [
    lambda: alice.withdraw(500),
    lambda: alice.deposit(-5),
    lambda: alice.deposit("10"),
    lambda: bob.withdraw(10),
    lambda: bob.withdraw(10),
    lambda: bob.withdraw(10),
]:
    try:
        action()
        print("ok", alice, bob)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| shortfall", e.shortfall)
    except ValueError as e:
        print("ValueError:", type(e).__name__, e)
    except BankError as e:
        print("BankError:", e)

print(bob.add_interest(), bob.balance)
try:
    bob.balance = 1000
except AttributeError as e:
    print(type(e).__name__, e)

print(alice.transfer(bob, 30), alice, bob)
bob.frozen = True
try:
    alice.transfer(bob, 10)
except BankError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(alice, alice.history[-2:])
try:
    alice.transfer(bob, 10_000)
except BankError as e:
    print(e, "| cause:", type(e.__cause__).__name__)
for line in alice.statement():
    print(line)
print(sum(amount for kind, amount in alice.history if kind == "deposit"))
print(isinstance(InvalidAmount("x"), ValueError), [c.__name__ for c in InvalidAmount.__mro__][:4])
