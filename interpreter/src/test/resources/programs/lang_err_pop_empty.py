def evaluate(tokens):
    stack = []
    for t in tokens:
        if t == "+":
            stack.append(stack.pop() + stack.pop())
        else:
            stack.append(int(t))
    return stack.pop()

print(evaluate(["1", "2", "+"]))
print(evaluate(["1", "+"]))
