class Task:
    next_id = 1

    def __init__(self, name, coroutine, priority=0):
        self.id = Task.next_id
        Task.next_id += 1
        self.name = name
        self.coroutine = coroutine
        self.priority = priority
        self.steps = 0
        self.result = None
        self.send_value = None

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        return f"Task({self.name}, p={self.priority})"

    def step(self):
        self.steps += 1
        value, self.send_value = self.send_value, None
        return self.coroutine.send(value)


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class SetPriority:
    def __init__(self, priority):
        self.priority = priority


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.log = []
        self.finished = []

    def spawn(self, name, gen, priority=0):
        task = Task(name, gen, priority)
        self.ready.append(task)
        return task

    def _pick(self):
        self.ready.sort()
        return self.ready.pop(0)

    def run(self):
        while self.ready or self.sleeping:
            self.clock += 1
            woken = [t for wake, t in self.sleeping if wake <= self.clock]
            self.sleeping = [(w, t) for w, t in self.sleeping if w > self.clock]
            self.ready.extend(woken)
            if not self.ready:
                self.log.append(f"{self.clock}: idle")
                continue
            task = self._pick()
            try:
                request = task.step()
            except StopIteration as stop:
                task.result = stop.value
                self.finished.append(task)
                self.log.append(f"{self.clock}: {task.name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.finished.append(task)
                self.log.append(f"{self.clock}: {task.name} crashed with {type(e).__name__}: {e}")
                continue
            if isinstance(request, Sleep):
                self.sleeping.append((self.clock + request.ticks, task))
                self.log.append(f"{self.clock}: {task.name} sleeps {request.ticks}")
            elif isinstance(request, SetPriority):
                task.priority = request.priority
                task.send_value = f"priority now {request.priority}"
                self.ready.append(task)
                self.log.append(f"{self.clock}: {task.name} priority -> {request.priority}")
            else:
                task.send_value = self.clock
                self.ready.append(task)
                self.log.append(f"{self.clock}: {task.name} yielded {request!r}")


def counter(name, n):
    total = 0
    for i in range(n):
        now = yield f"{name}{i}"
        total += now
    return total


def sleeper():
    yield Sleep(3)
    yield "awake"
    return "slept well"


def changer():
    reply = yield SetPriority(-5)
    yield reply
    yield SetPriority(10)
    return "changed"


def crasher():
    yield "about to fail"
    raise ValueError("bad state")


s = Scheduler()
s.spawn("A", counter("a", 3), priority=1)
s.spawn("B", counter("b", 2), priority=1)
s.spawn("S", sleeper(), priority=0)
s.spawn("C", changer(), priority=2)
s.spawn("X", crasher(), priority=3)
s.run()
for line in s.log:
    print(line)
print([(t.name, t.steps, t.result) for t in s.finished])
print(sorted(s.finished), s.clock)

# a scheduler with only sleepers shows idle ticks
s2 = Scheduler()
s2.spawn("late", sleeper())
s2.run()
print(s2.log)
