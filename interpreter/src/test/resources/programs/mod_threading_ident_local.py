# get_ident(), Thread.ident and native_id, main_thread(), threading.local
import threading

main_ident = threading.get_ident()
print(isinstance(main_ident, int), main_ident == threading.main_thread().ident)
print(threading.current_thread().ident == main_ident)
print(isinstance(threading.main_thread().native_id, int))

t = threading.Thread(target=lambda: None)
print("before start:", t.ident, t.native_id)
seen = {}
release = threading.Event()


def record(name):
    seen[name] = threading.get_ident()
    release.wait()  # all alive at once: their idents must differ


threads = [threading.Thread(target=record, args=(f"t{i}",)) for i in range(3)]
for th in threads:
    th.start()
while len(seen) < 3:
    release.wait(0.001)
release.set()
for th in threads:
    th.join()
print(sorted(seen))
print("idents match:", all(seen[f"t{i}"] == threads[i].ident for i in range(3)))
print("distinct:", len(set(seen.values()) | {main_ident}) == 4)
print("native ids are ints:", all(isinstance(th.native_id, int) for th in threads))

local = threading.local()
print(type(local).__name__)
local.value = "main"
results = {}


def use_local(i):
    print_ok = not hasattr(local, "value")
    local.value = i
    local.items = [i] * i
    results[i] = (print_ok, local.value, len(local.items))


threads = [threading.Thread(target=use_local, args=(i,)) for i in range(1, 4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))
print("main still sees:", local.value, hasattr(local, "items"))
try:
    local.missing
except AttributeError as e:
    print("AttributeError", e)
print(threading.TIMEOUT_MAX > 1000000)
local.gone = 1
del local.gone
print("deleted:", hasattr(local, "gone"))
try:
    del local.never_set
except AttributeError as e:
    print("AttributeError", e)
