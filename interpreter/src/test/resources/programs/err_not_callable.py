handlers = [print, len, 42]

def run_all(arg):
    for h in handlers:
        h(arg)

run_all("abc")
