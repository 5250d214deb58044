settings = {"host": "localhost", "port": 8080}

def get_setting(name):
    return settings[name]

def connect():
    return get_setting("host") + ":" + str(get_setting("port")) + "/" + get_setting("x")

print(get_setting("port"))
print(connect())
