def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"cannot parse {text!r}")

print(parse("12"))
print(parse("twelve"))
