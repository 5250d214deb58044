class CleanupError(Exception):
    pass


class Job:
    def __init__(self, name):
        self.name = name

    def run(self):
        try:
            return 10 / 0
        except ZeroDivisionError:
            self.cleanup()

    def cleanup(self):
        raise CleanupError(f"cleanup of {self.name} failed")


print(Job("first").name)
Job("second").run()
