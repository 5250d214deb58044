big = 10 ** 4300
for thunk in [lambda: len(str(big - 1)), lambda: len(str(big)), lambda: len(repr(-big)), lambda: len(str([big])), lambda: print(big)]:
    try:
        print(thunk())
    except ValueError as e:
        print(type(e).__name__, e)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)))
