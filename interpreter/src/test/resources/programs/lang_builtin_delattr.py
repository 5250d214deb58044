import math
math.answer = 42
delattr(math, "answer")
print(hasattr(math, "answer"))
math.answer = 43
del math.answer
print(hasattr(math, "answer"))
for thunk in [lambda: delattr(math, "never_there"), lambda: delattr([], "append"), lambda: delattr(1, "real"), lambda: delattr(math, 1)]:
    try:
        thunk()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
