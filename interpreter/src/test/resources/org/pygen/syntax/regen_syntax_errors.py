"""Regenerates the expected CPython output in syntax_errors.txt (test data of SyntaxErrorsTest).

Usage: python3 regen_syntax_errors.py   (needs python3 = CPython 3.11)

Each case starts with a line "== SOURCE" where SOURCE is the program with backslash escapes
(\\n, \\t, \\\\, \\xNN, \\uNNNN); the lines after it, up to the next case, are what CPython
prints to stderr when it runs the program saved as x.pyg.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "syntax_errors.txt")


def decode(escaped):
    return escaped.encode("latin-1", "backslashreplace").decode("unicode_escape")


def main():
    assert sys.version_info[:2] == (3, 11), "expected output must come from CPython 3.11"
    with open(DATA, encoding="utf-8") as f:
        sources = [line[3:].rstrip("\n") for line in f if line.startswith("== ")]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for escaped in sources:
            with open(os.path.join(tmp, "x.pyg"), "w", encoding="utf-8", newline="") as f:
                f.write(decode(escaped))
            run = subprocess.run([sys.executable, "x.pyg"], cwd=tmp, capture_output=True,
                                 text=True)
            if "Error" not in run.stderr:
                sys.exit("no syntax error from: " + escaped)
            stderr = run.stderr.replace(os.path.join(tmp, "x.pyg"), "x.pyg")
            out.append("== " + escaped + "\n" + stderr)
    with open(DATA, "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
