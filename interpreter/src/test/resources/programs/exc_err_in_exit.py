class CommitFailed(Exception):
    pass


class Transaction:
    def __init__(self, ops):
        self.ops = ops

    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("rollback after", exc_type.__name__)
            raise CommitFailed("could not roll back") from exc
        print("commit", self.ops)
        return False


with Transaction(["insert"]):
    print("working")

with Transaction(["update"]) as t:
    t.ops.append("delete")
    raise ValueError("constraint violated")
