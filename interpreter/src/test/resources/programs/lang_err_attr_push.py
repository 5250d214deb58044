stack = []
for token in "1 2 +".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        stack.push(stack.pop() + stack.pop())
print(stack)
