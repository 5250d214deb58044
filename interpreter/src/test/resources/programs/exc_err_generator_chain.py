class StageError(Exception):
    def __init__(self, stage, item):
        super().__init__(f"stage {stage} failed on {item!r}")
        self.stage = stage


def numbers(items):
    for item in items:
        try:
            yield int(item)
        except ValueError as e:
            raise StageError("numbers", item) from e


def doubled(source):
    for n in source:
        yield n * 2


print(list(doubled(numbers(["1", "2"]))))
for value in doubled(numbers(["3", "four", "5"])):
    print(value)
