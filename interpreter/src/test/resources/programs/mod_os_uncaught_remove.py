# Removing a file that does not exist is an uncaught FileNotFoundError
import os

name = "pygen_mod_os_no_such_file.txt"
print("exists:", os.path.exists(name))
os.remove(name)
