# assert: messages, lazy message evaluation, AssertionError attributes
def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v
print(check(3))
for v in (0, -5):
    try:
        check(v)
    except AssertionError as e:
        print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")
def message():
    print("message evaluated")
    return "msg"
assert True, message()
try:
    assert 1 == 2, message()
except AssertionError as e:
    print("caught", e)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args[0], type(e.args[0]).__name__)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))
x = [1, 2]
assert len(x) == 2
assert x, "non-empty lists are true"
print("all asserts passed", isinstance(AssertionError(), Exception))
