# str.format: auto/manual numbering, keywords, index and attribute fields, nested specs, conversions
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format(1, 2))
print("{name} is {age}".format(name="Bo", age=3), "{0} {k}".format("pos", k="kw"))
pts = [(1, 2), (3, 4)]
print("{0[1]} {0[0][1]} {1[x]} {1[y]}".format(pts, {"x": "X", "y": "Y"}))
print("{d[key]} {d[0]} {lst[2]}".format(d={"key": "v", 0: "zero"}, lst="abc"))
print("{0.real} {0.imag} {1.real}".format(5, 2.5), "{x.real:>5}".format(x=7))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}".format("r", "l", "c", "s", 3.14159, 5))
print("{:{width}.{prec}f}|{:>{w}}|{:{fill}{align}{w}}".format(2.71828, "x", "y", width=9, prec=3, w=4, fill="-", align="^"))
print("{0:{1}}|{0:{2}}".format(42, "5", "<5"), "{:{}}".format("ab", 4) + "|")
print("{!r} {!s} {!a}".format("hi", "there", "ünï"), "{0!r:>10}|{0!s:^7}|".format("hi"), "{!r}".format(3.0))
print("{:,} {:_} {:,.2f} {:_x} {:#b} {:o} {:c} {:%} {:.1%}".format(1234567, 1234567, 1234.5, 65535, 5, 8, 97, 0.5, 0.123))
print("{{}} {{{}}} {{0}}".format("in"), "{}".format({"a": 1}), "{}".format([1, "2"]))
print("{:d} {:5} {:<5}|{:e} {:g} {:G}".format(True, True, False, 1.5, 1e-7, 1e20))
print("{:s}".format("str"), "{:10.3}|".format("truncated"), "{:=+8.2f}|".format(-3.5), "{:0=6}".format(-42))
print("{0}{1}{0}".format("ab", "cd"), "{a}{b}{a}".format(a=1, b=2), "{0[0]}".format({0: "int key"}))
print("{0[-1]}".format({"-1": "string key"}), "{[a]}".format({"a": 5}))
for tmpl, args, kwargs in [("{} {1}", (1, 2), {}), ("{1} {}", (1, 2), {}), ("{2}", (1,), {}),
                           ("{}", (), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                           ("{0.nope}", (1,), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}),
                           ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{:,s}", ("a",), {}),
                           ("{:=}", ("s",), {}), ("{:.2d}", (1,), {})]:
    try:
        print(tmpl.format(*args, **kwargs))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(tmpl), type(e).__name__, e)
data = {"user": "ann", "n": 3}
print("{user} has {n} item{s}".format(s="s" if data["n"] != 1 else "", **data))
print("{0:>{1}}".format("r", 6) + "|", "{:>{}}".format("q", 3) + "|", "{:.{}f}".format(1 / 3, 2))
print(str.format("{}-{}", 1, 2), "{:^7.2f}|".format(-0.5), "{:x<4d}|".format(7))
row = "{:<6}|{:>6}|{:^6}"
for cells in [("a", "b", "c"), (1, 2.5, None)]:
    print(row.format(*map(str, cells)))
