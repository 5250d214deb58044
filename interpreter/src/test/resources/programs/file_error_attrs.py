# attributes of OSError raised by open()
try:
    open("/tmp/pygen_conf_no_such_dir/missing.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError), e.args)
