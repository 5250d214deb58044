# random: the real-valued distributions draw CPython's numbers for a seed.
import random


def show(label, values):
    print(label, [format(v, ".10f") for v in values])


random.seed(11)
print([random.random() for _ in range(5)])
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, -5), random.uniform(2, 2))
print(random.uniform(0, 10**10), random.uniform(-1.5, 1.5))
print([random.triangular() for _ in range(3)], random.triangular(0, 10, 3), random.triangular(3, 1, 2.5))
print(random.triangular(1, 1), random.triangular(2, 2, 2), random.triangular(low=5, high=6))
show("gauss", [random.gauss() for _ in range(6)] + [random.gauss(100, 15), random.gauss(mu=-1, sigma=0.5)])
show("normal", [random.normalvariate() for _ in range(4)] + [random.normalvariate(10, 3)])
show("expo", [random.expovariate(1.5), random.expovariate(0.1), random.expovariate(-2)])
show("lognorm", [random.lognormvariate(0, 1), random.lognormvariate(1, 0.25)])
show("vonmises", [random.vonmisesvariate(1.0, 2.0), random.vonmisesvariate(0, 0), random.vonmisesvariate(-1, 50)])
show("gamma", [random.gammavariate(a, 2.0) for a in (0.1, 0.5, 1.0, 1.5, 10, 100)])
show("beta", [random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.betavariate(5, 1)])
show("pareto", [random.paretovariate(3), random.paretovariate(1)])
show("weibull", [random.weibullvariate(1, 2), random.weibullvariate(2, 0.5)])

# gauss keeps the second value of each pair; seeding forgets it
random.seed(5)
pair = [random.gauss(), random.gauss()]
random.seed(5)
print(pair == [random.gauss(), random.gauss()])
random.seed(5)
random.gauss()
random.seed(5)
print(random.gauss() == pair[0])

# sample statistics stay close to the distribution's
random.seed(1)
xs = [random.gauss(10, 2) for _ in range(20000)]
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / len(xs)
print(round(mean, 1), round(var ** 0.5, 1))
ys = [random.expovariate(4) for _ in range(20000)]
print(round(sum(ys) / len(ys), 2))

for call in [
    lambda: random.expovariate(0),
    lambda: random.expovariate(),
    lambda: random.uniform(1),
    lambda: random.uniform("a", "b"),
    lambda: random.gauss("a"),
    lambda: random.normalvariate(0, "x"),
    lambda: random.gammavariate(-1, 1),
    lambda: random.gammavariate(1, 0),
    lambda: random.betavariate(0, 1),
    lambda: random.lognormvariate(0),
    lambda: random.triangular(1, 2, 3, 4),
]:
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
