def area(width, height):
    return width * height

print(area(width=2, height=3))
print(area(2, heigth=3))
