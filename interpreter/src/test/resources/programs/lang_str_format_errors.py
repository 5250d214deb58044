# malformed str.format templates and format() edge cases: CPython's exact messages
templates = ['{0!}', '{!}', '{0!:}', '{0!r:}', '{0!:>3}', '{!r', '{0!', '{0!x:}', '{0!rx}', '{0!}}', 'a{0!}b',
             '{a{b}}', '{0[}', '{0[]}', '{', '}', 'x{', '{0', '{0:', '{0:{', '{0:}}', '{[', '{0]', '{:{}}}',
             '{!r}{', '}{0}', '{0:{1:{2}}}', '{:{:{}}}', '{0..real}', '{0.}', '{.real}', '{0[0]x}', '{0:{1}}', '{}{}']
for t in templates:
    try:
        print(repr(t), repr(t.format("v", 3, 4, x=1)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(t), type(e).__name__, e)
big = 1.7976931348623157e308
print(format(big, ".2%"), format(float("inf"), "%"), format(float("-inf"), ".1%"), format(float("nan"), "%"), f"{big:%}"[:5])
for v, spec in [(2 ** 64, "c"), (-(2 ** 70), "c"), (0x110000, "c"), (-1, "c"), (0x10ffff, "c"), (65, "c")]:
    try:
        print(repr(format(v, spec)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{0}{0!r}".format("x"), "{:{w}}|".format("s", w=3))
