class TransitionError(Exception):
    def __init__(self, machine, event):
        super().__init__(f"{type(machine).__name__} cannot handle {event!r} in state {machine.state!r}")
        self.state = machine.state
        self.event = event


class StateMachine:
    transitions = {}
    initial = None

    def __init__(self):
        self.state = self.initial
        self.history = [self.state]

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise TransitionError(self, event)
        target = self.transitions[key]
        hook = getattr(self, f"on_{target}", None)
        self.state = target
        self.history.append(target)
        if hook is not None:
            hook()
        return self

    def run(self, events):
        for event in events:
            try:
                self.fire(event)
                yield event, self.state
            except TransitionError as e:
                yield event, f"error: {e}"

    def allowed(self):
        return sorted(e for s, e in self.transitions if s == self.state)


class TrafficLight(StateMachine):
    initial = "red"
    transitions = {
        ("red", "go"): "green",
        ("green", "slow"): "yellow",
        ("yellow", "stop"): "red",
        ("red", "off"): "dark",
        ("green", "off"): "dark",
        ("yellow", "off"): "dark",
        ("dark", "on"): "red",
    }

    def __init__(self):
        super().__init__()
        self.cycles = 0

    def on_red(self):
        self.cycles += 1


class Door(StateMachine):
    initial = "closed"
    transitions = {
        ("closed", "open"): "opened",
        ("opened", "close"): "closed",
        ("closed", "lock"): "locked",
        ("locked", "unlock"): "closed",
    }
    opened_count = 0

    def on_opened(self):
        self.opened_count += 1


light = TrafficLight()
for event, outcome in light.run(["go", "slow", "stop", "go", "stop", "off", "on", "go"]):
    print(f"{event:>5} -> {outcome}")
print(light.state, light.cycles, light.history)
print(light.allowed())

door = Door()
door.fire("open").fire("close").fire("lock")
print(door.state, door.allowed(), door.opened_count, Door.opened_count)
try:
    door.fire("open")
except TransitionError as e:
    print(type(e).__name__, e, "|", e.state, e.event)
print(list(door.run(["unlock", "open", "open", "close"])))
print(door.opened_count, door.history)


# a state machine whose states are bound methods returning the next state
class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.tokens = []

    def run(self):
        state = self.start
        buffer = ""
        for ch in self.text + "\0":
            state, buffer = state(ch, buffer)
        return self.tokens

    def start(self, ch, buffer):
        if ch.isdigit():
            return self.number, ch
        if ch.isalpha():
            return self.word, ch
        if ch not in " \0":
            self.tokens.append(("sym", ch))
        return self.start, ""

    def number(self, ch, buffer):
        if ch.isdigit():
            return self.number, buffer + ch
        self.tokens.append(("num", int(buffer)))
        return self.start(ch, "")

    def word(self, ch, buffer):
        if ch.isalnum():
            return self.word, buffer + ch
        self.tokens.append(("word", buffer))
        return self.start(ch, "")


print(Tokenizer("x1 = 42+y*(7 - 10)").run())
print(Tokenizer("").run(), Tokenizer("abc").run())
