# an exception raised in a generator's finally while another propagates: both appear, chained
def gen():
    try:
        yield 1
        raise ValueError("first problem")
    finally:
        raise KeyError("second problem")

for v in gen():
    print(v)
