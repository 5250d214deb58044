# Writing a non-string to sys.stdout is an uncaught TypeError
import sys

sys.stdout.write("before\n")
sys.stderr.write("a warning on stderr\n")
sys.stdout.write(42)
