class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e


print(read_port({"port": "80"}))
read_port({"host": "localhost"})
