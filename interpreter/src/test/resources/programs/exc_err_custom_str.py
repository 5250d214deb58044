class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"{self.status} for url {self.url}"


def fetch(url):
    if url.endswith("/missing"):
        raise HttpError(404, url)
    return f"content of {url}"


print(fetch("http://example.com/"))
try:
    fetch("http://example.com/missing")
except HttpError as e:
    print("caught:", e, e.args)
print(fetch("http://example.com/a/missing"))
