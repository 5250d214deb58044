class InsufficientFunds(Exception):
    pass


class Wallet:
    def __init__(self, amount):
        self.amount = amount

    def pay(self, cost):
        if cost > self.amount:
            raise InsufficientFunds(f"need {cost}, have {self.amount}")
        self.amount -= cost
        return self.amount


w = Wallet(10)
print(w.pay(3))
print(w.pay(4))
for cost in [1, 5]:
    print(w.pay(cost))
