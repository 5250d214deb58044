count = 0

def increment():
    count += 1
    return count

def main():
    print("before")
    increment()

main()
