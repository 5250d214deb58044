class Parser:
    class Error(Exception):
        pass

    class UnexpectedToken(Error):
        def __init__(self, token, position):
            super().__init__(f"unexpected {token!r} at {position}")

    def parse(self, tokens):
        depth = 0
        for i, tok in enumerate(tokens):
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth -= 1
                if depth < 0:
                    raise Parser.UnexpectedToken(tok, i)
        return depth


p = Parser()
print(p.parse("(()())"))
print(Parser.UnexpectedToken.__qualname__)
try:
    p.parse("())")
except Parser.Error as e:
    print(type(e).__name__, e)
p.parse("(()))(")
