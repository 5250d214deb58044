# os.environ and os.getenv; from os import path
import os
from os import path, getenv, sep

print(type(path).__name__, path.join("x", "y"), sep)
key = "PYGEN_SURELY_UNDEFINED_VARIABLE_12345"
print(os.getenv(key), os.getenv(key, "fallback"), os.getenv(key, default=7))
print(key in os.environ, os.environ.get(key), os.environ.get(key, "dflt"))
try:
    os.environ[key]
except KeyError as e:
    print("KeyError", e)
for bad in [lambda: os.getenv(1), lambda: os.getenv()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
