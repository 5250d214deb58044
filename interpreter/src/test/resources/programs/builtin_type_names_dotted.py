import itertools
c = itertools.count()
print(type(c).__name__, type(c).__module__, type(c))
f = open("/tmp/pygen_conf_tn.txt","w")
print(type(f).__name__, type(f).__module__, type(f))
f.close()
