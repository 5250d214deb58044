class QuotaExceeded(Exception):
    pass


class Uploader:
    def __init__(self, quota):
        self.quota = quota
        self.used = 0

    def upload(self, size):
        if self.used + size > self.quota:
            raise QuotaExceeded(f"{self.used + size} > {self.quota}")
        self.used += size


def upload_all(uploader, sizes):
    for size in sizes:
        try:
            uploader.upload(size)
        except QuotaExceeded:
            print("logging failure for size", size)
            raise
        print("uploaded", size)


upload_all(Uploader(10), [3, 4, 5])
