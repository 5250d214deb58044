class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        return f"Event({self.name!r}, {self.data})"


class HandlerError(Exception):
    pass


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []

    def on(self, name, priority=0):
        def register(func):
            self.handlers.setdefault(name, []).append((priority, len(self.handlers.get(name, [])), func))
            return func
        return register

    def subscribe(self, name, func, priority=0):
        self.on(name, priority)(func)

    def off(self, name, func):
        before = len(self.handlers.get(name, []))
        self.handlers[name] = [h for h in self.handlers.get(name, []) if h[2] is not func]
        return before - len(self.handlers[name])

    def emit(self, name, **data):
        event = Event(name, **data)
        results = []
        for priority, order, func in sorted(self.handlers.get(name, []), key=lambda h: (-h[0], h[1])):
            if event.cancelled:
                break
            try:
                results.append(func(event))
            except HandlerError as e:
                self.errors.append(f"{name}: {e}")
        return results

    def stream(self, name):
        # a generator subscriber: yields each event it receives
        inbox = []
        self.subscribe(name, inbox.append)
        while True:
            while inbox:
                yield inbox.pop(0)
            yield None


bus = EventBus()
log = []


@bus.on("login")
def greet(event):
    log.append(f"welcome {event.data['user']}")
    return "greeted"


@bus.on("login", priority=10)
def audit(event):
    log.append(f"audit {event.data['user']}")
    if event.data["user"] == "mallory":
        event.cancel()
        return "blocked"
    return "audited"


class Counter:
    def __init__(self):
        self.counts = {}

    def __call__(self, event):
        self.counts[event.name] = self.counts.get(event.name, 0) + 1
        return self.counts[event.name]


counter = Counter()
bus.subscribe("login", counter, priority=5)
bus.subscribe("logout", counter)


class Session:
    def __init__(self, bus):
        self.active = set()
        bus.subscribe("login", self.on_login, priority=1)
        bus.subscribe("logout", self.on_logout)

    def on_login(self, event):
        self.active.add(event.data["user"])
        return sorted(self.active)

    def on_logout(self, event):
        user = event.data["user"]
        if user not in self.active:
            raise HandlerError(f"{user} was not logged in")
        self.active.remove(user)
        return sorted(self.active)


session = Session(bus)
print(bus.emit("login", user="alice"))
print(bus.emit("login", user="bob"))
print(bus.emit("login", user="mallory"))
print(bus.emit("logout", user="alice"))
print(bus.emit("logout", user="zed"))
print(bus.emit("unknown"))
print(log)
print(counter.counts, sorted(session.active), bus.errors)
print(bus.off("login", greet), bus.off("login", greet))
print(bus.emit("login", user="carol"))

watch = bus.stream("logout")
print(next(watch))
bus.emit("logout", user="bob")
bus.emit("logout", user="carol")
print(next(watch), next(watch), next(watch))
print(bus.errors)

# lambdas and bound methods as callbacks capture their state
class Thermostat:
    def __init__(self, bus, limit):
        self.limit = limit
        self.alerts = []
        bus.subscribe("temp", self.check)
        bus.subscribe("temp", lambda e: self.alerts.append("seen") or len(self.alerts), priority=-1)

    def check(self, event):
        if event.data["value"] > self.limit:
            self.alerts.append(f"too hot: {event.data['value']}")
            return True
        return False


t1 = Thermostat(bus, 30)
t2 = Thermostat(bus, 20)
print(bus.emit("temp", value=25))
print(bus.emit("temp", value=35))
print(t1.alerts, t2.alerts)
