# random: an uncaught error from the random module gives a traceback.
import random


def token(bits):
    return random.getrandbits(bits)


random.seed(1)
print(token(16), token(64))
print(token(-8))
