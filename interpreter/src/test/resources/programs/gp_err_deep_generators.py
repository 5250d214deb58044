# an exception three generators deep ends the program; the traceback lists every generator frame
def parse(lines):
    for line in lines:
        yield int(line)

def double(nums):
    for n in nums:
        yield n * 2

def report(values):
    for v in values:
        print("value", v)
        yield v

for _ in report(double(parse(["1", "2", "three", "4"]))):
    pass
