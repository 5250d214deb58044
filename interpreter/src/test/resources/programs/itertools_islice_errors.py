# islice(): argument checks, with CPython's messages
from itertools import islice

def check(*args, **kwargs):
    try:
        result = islice(*args, **kwargs)
        print("ok:", list(result))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

check([1, 2, 3], -1)
check([1, 2, 3], -5)
check([1, 2, 3], "a")
check([1, 2, 3], 1.5)
check([1, 2, 3], 2 ** 70)
check([1, 2, 3], -1, 3)
check([1, 2, 3], "a", 3)
check([1, 2, 3], 2 ** 70, 3)
check([1, 2, 3], 1, -1)
check([1, 2, 3], 1, -3)
check([1, 2, 3], 1, "x")
check([1, 2, 3], 1, 3, 0)
check([1, 2, 3], 1, 3, -2)
check([1, 2, 3], 1, 3, 1.0)
check([1, 2, 3], None, None, None)
check([1, 2, 3])
check([1, 2, 3], 1, 2, 3, 4)
check([1, 2, 3], stop=2)
check(5, 2)
check(5, -2)
check()
