# A coroutine driven by send(): a running average and count, primed with next().
N = 4000000


def averager():
    total = 0
    count = 0
    average = 0
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


co = averager()
next(co)
checksum = 0
i = 0
while i < N:
    checksum = (checksum + co.send(i * 7 % 1013)) % 1000000007
    i += 1
co.close()
print("coroutine_send", N, checksum)
