package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts hammering shared containers, generators and queues from 8 or more threads at once.
 * pygen has no global interpreter lock, so these are the cases where a race could lose an
 * element, corrupt a generator or leak a thread. Each script prints only what does not depend
 * on the interleaving, and prints exactly what python3 prints for it (checked by hand with
 * python3 3.11). Every test has a bounded wait, and afterwards no thread the script started may
 * still be alive.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class ConcurrencyStressTest {
  private Set<Thread> before;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Interpreter py =
      Interpreter.builder().out(out).err(err).threads(Integer.MAX_VALUE).build();

  @BeforeEach
  void rememberThreads() {
    before = Thread.getAllStackTraces().keySet();
  }

  /**
   * No script thread outlives its test: every thread started is joined by the script, so none
   * may still be registered with the interpreter or alive in the JVM.
   */
  @AfterEach
  void noThreadLeaks() throws InterruptedException {
    assertEquals(1L, activeCount(py), "threading.active_count()");
    List<Thread> leaked = new ArrayList<>();
    // A joined thread is dead already; the grace period only covers a failing test's threads.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    do {
      leaked.clear();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        // JVM service threads (cleaners) are daemons, and JUnit's timeout watcher stays for the
        // whole run; script threads here are neither.
        if (!before.contains(t)
            && t.isAlive()
            && !t.isDaemon()
            && !t.getName().startsWith("junit-")) {
          leaked.add(t);
        }
      }
    } while (!leaked.isEmpty() && System.nanoTime() < deadline && sleep());
    assertEquals(List.of(), leaked.stream().map(Thread::getName).collect(Collectors.toList()));
    assertEquals("", err.toString(), "nothing reported on stderr");
  }

  private static Object activeCount(Interpreter interpreter) {
    interpreter.exec("import threading as _threading\n_active = _threading.active_count()\n");
    return interpreter.get("_active");
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(10);
    return true;
  }

  private String run(String script) throws InterruptedException {
    py.exec(script);
    py.awaitThreads();
    return out.toString();
  }

  /** 8 threads append 5,000 items each while 4 threads pop from both ends. */
  @Test
  void appendsAndPopsOnASharedListLoseAndDuplicateNothing() throws Exception {
    String script =
        """
        import threading
        APPENDERS, POPPERS, N = 8, 4, 5000
        shared = []
        popped = [[] for _ in range(POPPERS)]
        done = threading.Event()
        def appender(tag):
            for i in range(N):
                if i % 2:
                    shared.append((tag, i))
                else:
                    shared.extend([(tag, i)])
        def popper(k):
            mine = popped[k]
            while True:
                # Read before popping: once set, an empty list stays empty.
                finished = done.is_set()
                try:
                    mine.append(shared.pop(0) if k % 2 else shared.pop())
                except IndexError as e:
                    assert str(e) == "pop from empty list", e
                    if finished:
                        return
        ps = [threading.Thread(target=popper, args=(k,)) for k in range(POPPERS)]
        ws = [threading.Thread(target=appender, args=(t,)) for t in range(APPENDERS)]
        for t in ps + ws:
            t.start()
        for t in ws:
            t.join()
        done.set()
        for t in ps:
            t.join()
        everything = [x for m in popped for x in m] + shared
        expected = [(t, i) for t in range(APPENDERS) for i in range(N)]
        print(len(everything), len(set(everything)), sorted(everything) == expected)
        print(len(shared), threading.active_count())
        """;
    assertEquals("40000 40000 True\n0 1\n", run(script));
  }

  /**
   * 8 threads × 3,000 rounds of {@code d[k] = v}, {@code setdefault}, {@code pop}, {@code del}
   * and {@code update} on one dict, and a lock-guarded read-modify-write on another: every single
   * operation lands exactly once.
   */
  @Test
  void dictUpdatesFromManyThreadsAreNeverLost() throws Exception {
    String script =
        """
        import threading
        THREADS, N = 8, 3000
        d = {}
        counters = {"n": 0}
        lock = threading.Lock()
        popped = [0] * THREADS
        def worker(k):
            for i in range(N):
                d[(k, i)] = i
                d.setdefault(("s", k, i), k)
                if i % 4 == 0:
                    popped[k] += d.pop((k, i)) == i
                if i % 4 == 1:
                    del d[("s", k, i)]
                if i % 100 == 0:
                    d.update({("u", k, i): -i})
                with lock:
                    counters["n"] += 1
        ts = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        expected = {}
        for k in range(THREADS):
            for i in range(N):
                if i % 4 != 0:
                    expected[(k, i)] = i
                if i % 4 != 1:
                    expected[("s", k, i)] = k
                if i % 100 == 0:
                    expected[("u", k, i)] = -i
        print(len(d), d == expected, sum(popped), counters["n"])
        """;
    assertEquals("36240 True 6000 24000\n", run(script));
  }

  /**
   * 4 threads iterate a dict (keys, items, values) and a set while 4 threads add and remove keys:
   * an iteration either completes or raises CPython's RuntimeError, never anything else, and the
   * writers' changes all land.
   */
  @Test
  void iteratingWhileOthersChangeRaisesCPythonsRuntimeError() throws Exception {
    String script =
        """
        import threading, time
        d = {i: i for i in range(500)}
        s = set(range(500))
        messages = set()
        kinds = set()
        other = []
        stop = threading.Event()
        written = [0] * 4
        def writer(k):
            i = 0
            deadline = time.monotonic() + 10
            while not stop.is_set() and time.monotonic() < deadline:
                key = (k, i)
                d[key] = i
                s.add(key)
                if i % 3 == 0:
                    del d[key]
                    s.discard(key)
                i += 1
            written[k] = i
        def reader(kind):
            while not stop.is_set():
                try:
                    if kind == 0:
                        for _ in d: pass
                    elif kind == 1:
                        for _ in d.items(): pass
                    elif kind == 2:
                        for _ in d.values(): pass
                    else:
                        for _ in s: pass
                except RuntimeError as e:
                    messages.add(str(e))
                    kinds.add(kind)
                    if len(kinds) == 4:
                        stop.set()
                except Exception as e:
                    other.append(repr(e))
        ws = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
        rs = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
        for t in ws + rs:
            t.start()
        for t in ws + rs:
            t.join()
        print(sorted(kinds), other)
        allowed = {"dictionary changed size during iteration",
                   "dictionary keys changed during iteration",
                   "Set changed size during iteration"}
        print(messages <= allowed, "Set changed size during iteration" in messages)
        expected = {i: i for i in range(500)}
        for k in range(4):
            expected.update({(k, i): i for i in range(written[k]) if i % 3})
        print(d == expected, s == set(expected))
        """;
    assertEquals("[0, 1, 2, 3] []\nTrue True\nTrue True\n", run(script));
  }

  /**
   * 8 threads each drive 200 generators of their own (send, a pipeline, yield from; 150 steps
   * each), then 8 threads step 64 shared generators (100 steps each) that move between threads
   * through a queue, so each generator's frame is resumed by whichever thread took it.
   */
  @Test
  void manyThreadsSteppingManyGenerators() throws Exception {
    String script =
        """
        import threading, queue
        THREADS, GENS, STEPS = 8, 200, 50
        def counter(tag, n):
            total = 0
            for i in range(n):
                got = yield (tag, i, total)
                if got is not None:
                    total += got
        def squares(src):
            for tag, i, total in src:
                yield tag, i * i
        def chain(tag, n):
            yield from counter(tag, n // 2)
            yield from ((tag, n // 2 + j, -1) for j in range(n - n // 2))
        results = [None] * THREADS
        def own_generators(k):
            sums = 0
            for g in range(GENS):
                tag = (k, g)
                c = counter(tag, STEPS)
                next(c)
                for _ in range(STEPS - 1):
                    last = c.send(2)
                sums += last[2]
                sums += sum(sq for _, sq in squares(counter(tag, STEPS)))
                sums += sum(i for _, i, _ in chain(tag, STEPS))
            results[k] = sums
        ts = [threading.Thread(target=own_generators, args=(k,)) for k in range(THREADS)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        per_gen = 2 * (STEPS - 1) + sum(i * i for i in range(STEPS)) + sum(range(STEPS))
        print(results == [GENS * per_gen] * THREADS, results[0])

        pool = queue.Queue()
        for g in range(64):
            pool.put(counter(g, 100))
        delivered = []
        def stepper():
            while True:
                try:
                    gen = pool.get(timeout=0.2)
                except queue.Empty:
                    return
                try:
                    delivered.append(next(gen)[:2])
                except StopIteration:
                    continue
                pool.put(gen)
        ts = [threading.Thread(target=stepper) for _ in range(THREADS)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        print(len(delivered), sorted(delivered) == [(g, i) for g in range(64) for i in range(100)])
        """;
    assertEquals("True 8349600\n6400 True\n", run(script));
  }

  /**
   * 8 threads call {@code next()} on one generator of 20,000 items with no lock: a step that
   * finds it running gets {@code ValueError: generator already executing}, and every item is
   * delivered exactly once. Once it is exhausted, 8 × 20,000 further steps all raise
   * StopIteration, never the ValueError (an exhausted generator is never executing).
   */
  @Test
  void oneGeneratorSteppedFromManyThreads() throws Exception {
    String script =
        """
        import threading
        N = 20000
        def numbers(n):
            for i in range(n):
                yield i
        g = numbers(N)
        got = [[] for _ in range(8)]
        after = [0] * 8
        other = []
        def worker(k):
            mine = got[k]
            while True:
                try:
                    mine.append(next(g))
                except ValueError as e:
                    if str(e) != "generator already executing":
                        other.append(repr(e))
                except StopIteration:
                    break
            for _ in range(20000):
                try:
                    next(g)
                    other.append("a value after the end")
                except StopIteration:
                    after[k] += 1
                except ValueError as e:
                    other.append("after the end: " + str(e))
        ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        values = sorted(v for m in got for v in m)
        print(len(values), values == list(range(N)), sum(after), other[:3], g.gi_running)
        """;
    assertEquals("20000 True 160000 [] False\n", run(script));
  }

  /**
   * 8 threads × 2,000 {@code send(1)} into one accumulating generator, retrying when it is
   * already executing: each accepted send is counted exactly once.
   */
  @Test
  void sendsIntoOneGeneratorFromManyThreadsCountOnce() throws Exception {
    String script =
        """
        import threading
        THREADS, SENDS = 8, 2000
        def accumulate():
            total = 0
            while True:
                x = yield total
                total += x
        acc = accumulate()
        next(acc)
        odd = []
        def sender(k):
            sent = 0
            while sent < SENDS:
                try:
                    acc.send(1)
                    sent += 1
                except ValueError as e:
                    if str(e) != "generator already executing":
                        odd.append(repr(e))
        ts = [threading.Thread(target=sender, args=(k,)) for k in range(THREADS)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        print(acc.send(0), odd, acc.gi_running)
        acc.close()
        try:
            acc.send(1)
        except StopIteration:
            print("closed")
        """;
    assertEquals("16000 [] False\nclosed\n", run(script));
  }

  /**
   * The same from the host's side: 8 Java threads × calls into one interpreter, all stepping one
   * script generator of 8,000 items; the refusals cross as ValueError and nothing is lost.
   */
  @Test
  void hostThreadsSteppingOneGenerator() throws Exception {
    py.exec(
        """
        def numbers(n):
            for i in range(n):
                yield i
        g = numbers(8000)
        def take():
            return next(g, None)
        """);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Long>>> parts = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        parts.add(
            pool.submit(
                () -> {
                  List<Long> mine = new ArrayList<>();
                  while (true) {
                    Object v;
                    try {
                      v = py.call("take");
                    } catch (PygenException e) {
                      assertEquals("ValueError", e.pythonType());
                      assertEquals("generator already executing", e.pythonMessage());
                      continue;
                    }
                    if (v == null) {
                      return mine;
                    }
                    mine.add((Long) v);
                  }
                }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> part : parts) {
        all.addAll(part.get(30, TimeUnit.SECONDS));
      }
      all.sort(null);
      List<Long> expected = new ArrayList<>();
      for (long i = 0; i < 8000; i++) {
        expected.add(i);
      }
      assertEquals(expected, all);
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  /**
   * 4 producers put 5,000 items each into a bounded {@code queue.Queue}; 4 consumers read it
   * through a generator pipeline ({@code items(q)} into {@code tagged_squares}), calling {@code
   * task_done} from the generator's finally; {@code q.join()} returns once all are done. Every
   * item arrives once, each producer's items in order.
   */
  @Test
  void producerConsumerThroughAQueueFeedingGenerators() throws Exception {
    String script =
        """
        import threading, queue
        PRODUCERS, CONSUMERS, N = 4, 4, 5000
        q = queue.Queue(maxsize=64)
        results = queue.Queue()
        def produce(p):
            for i in range(N):
                q.put((p, i))
        def items(source):
            while True:
                item = source.get()
                try:
                    if item is None:
                        return
                    yield item
                finally:
                    source.task_done()
        def tagged_squares(pairs):
            for p, i in pairs:
                yield p, i, i * i
        def consume(c):
            got = [(p, i) for p, i, sq in tagged_squares(items(q)) if sq == i * i]
            results.put((c, got))
        cs = [threading.Thread(target=consume, args=(c,)) for c in range(CONSUMERS)]
        ps = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
        for t in cs + ps:
            t.start()
        for t in ps:
            t.join()
        for _ in cs:
            q.put(None)
        q.join()
        for t in cs:
            t.join()
        everything = []
        for _ in range(CONSUMERS):
            c, got = results.get(timeout=5)
            everything += got
            for p in range(PRODUCERS):
                mine = [i for pp, i in got if pp == p]
                assert mine == sorted(mine), (c, p)
        expected = [(p, i) for p in range(PRODUCERS) for i in range(N)]
        print(len(everything), len(set(everything)), sorted(everything) == expected)
        print(q.qsize(), q.unfinished_tasks, results.empty(), threading.active_count())
        """;
    assertEquals("20000 20000 True\n0 0 True 1\n", run(script));
  }

  /**
   * 8 spawner threads each start and join 100 threads one after another, then 200 threads are
   * started at once and joined: 1,008 threads, each recorded exactly once, none left behind.
   */
  @Test
  void threadStartAndJoinStorm() throws Exception {
    String script =
        """
        import threading
        SPAWNERS, EACH, BURST = 8, 100, 200
        hits = []
        def tick(k, i):
            hits.append((k, i))
        def spawner(k):
            for i in range(EACH):
                t = threading.Thread(target=tick, args=(k, i))
                t.start()
                t.join()
                assert not t.is_alive()
        ss = [threading.Thread(target=spawner, args=(k,)) for k in range(SPAWNERS)]
        for t in ss:
            t.start()
        for t in ss:
            t.join()
        burst = [threading.Thread(target=tick, args=(-1, i)) for i in range(BURST)]
        for t in burst:
            t.start()
        for t in burst:
            t.join()
        expected = [(k, i) for k in range(SPAWNERS) for i in range(EACH)]
        expected += [(-1, i) for i in range(BURST)]
        print(len(hits), len(set(hits)), sorted(hits) == sorted(expected))
        print(threading.active_count(), sum(t.is_alive() for t in ss + burst))
        """;
    assertEquals("1000 1000 True\n1 0\n", run(script));
  }

  /**
   * A start storm against a limit of 6 running threads: 4 spawners × 200 children share the 2
   * free slots, retrying on CPython's {@code RuntimeError: can't start new thread}. Every child
   * runs once, and afterwards all 6 slots are free again (the 7th start is refused).
   */
  @Test
  void startStormAgainstTheThreadLimitReleasesEverySlot() throws Exception {
    Interpreter limited = Interpreter.builder().out(out).err(err).threads(6).build();
    limited.exec(
        """
        import threading
        go = threading.Event()
        hits = []
        def tick(k, i):
            hits.append((k, i))
        def spawner(k):
            go.wait()
            i = 0
            while i < 200:
                t = threading.Thread(target=tick, args=(k, i))
                try:
                    t.start()
                except RuntimeError as e:
                    assert str(e) == "can't start new thread", e
                    continue
                t.join()
                i += 1
        def refused_starts(threads):
            refused = 0
            for t in threads:
                try:
                    t.start()
                except RuntimeError as e:
                    assert str(e) == "can't start new thread", e
                    refused += 1
            return refused
        spawners = [threading.Thread(target=spawner, args=(k,)) for k in range(4)]
        extra = [threading.Thread(target=go.wait) for _ in range(4)]
        print(refused_starts(spawners), refused_starts(extra))
        go.set()
        for t in spawners + extra[:2]:
            t.join()
        print(len(hits), len(set(hits)), threading.active_count())
        go.clear()
        again = [threading.Thread(target=go.wait) for _ in range(7)]
        print(refused_starts(again))
        go.set()
        for t in again[:6]:
            t.join()
        print(threading.active_count())
        """);
    limited.awaitThreads();
    assertEquals("0 2\n800 800 1\n1\n1\n", out.toString());
    assertEquals(1L, activeCount(limited));
  }

  /**
   * 8 threads × 3,000 rounds of a global {@code n += 1} under a Lock and another under a
   * re-entered RLock (both exact), 8 × 200 passes through a Semaphore(3) (never more than 3
   * inside), 8 threads in lockstep for 50 rounds through a Condition, and an Event waking 8
   * waiters.
   */
  @Test
  void locksSemaphoresConditionsAndEventsUnderContention() throws Exception {
    String script =
        """
        import threading
        THREADS, N = 8, 3000
        lock = threading.Lock()
        rlock = threading.RLock()
        n = 0
        m = 0
        def bump():
            global m
            with rlock:
                with rlock:
                    m += 1
        def counter():
            global n
            for _ in range(N):
                with lock:
                    n += 1
                bump()
        ts = [threading.Thread(target=counter) for _ in range(THREADS)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(n, m)

        # a semaphore lets at most 3 threads in at once
        sem = threading.Semaphore(3)
        inside = 0
        most = 0
        guard = threading.Lock()
        entries = []
        def bounded(k):
            global inside, most
            for i in range(200):
                with sem:
                    with guard:
                        inside += 1
                        most = max(most, inside)
                    entries.append((k, i))
                    with guard:
                        inside -= 1
        ts = [threading.Thread(target=bounded, args=(k,)) for k in range(THREADS)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(len(entries), most <= 3, inside)

        # rounds in lockstep through a Condition: no thread starts round r+1 before all finished r
        cond = threading.Condition()
        done_in_round = [0] * 50
        order = []
        def lockstep(k):
            for r in range(50):
                with cond:
                    order.append(r)
                    done_in_round[r] += 1
                    cond.notify_all()
                    cond.wait_for(lambda: done_in_round[r] == THREADS, timeout=30)
        ts = [threading.Thread(target=lockstep, args=(k,)) for k in range(THREADS)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(order == sorted(order), done_in_round == [THREADS] * 50)

        # an Event releases every waiter at once
        go = threading.Event()
        woken = []
        ws = [threading.Thread(target=lambda k=k: (go.wait(30), woken.append(k))) for k in range(THREADS)]
        for t in ws: t.start()
        go.set()
        for t in ws: t.join()
        print(sorted(woken) == list(range(THREADS)), threading.active_count())
        """;
    assertEquals("24000 24000\n1600 True 0\nTrue True\nTrue 1\n", run(script));
  }

  /**
   * 8 threads × 2,000 {@code write} calls of whole lines on one shared file object, and 32
   * prints among them: every line arrives whole, once. (pygen promises this for a shared file;
   * CPython's TextIOWrapper does not, and may interleave or lose text here.)
   */
  @Test
  void linesWrittenAndPrintedFromManyThreadsStayWhole(@TempDir Path dir) throws Exception {
    Interpreter files =
        Interpreter.builder()
            .out(out)
            .err(err)
            .threads(8)
            .fileAccess(FileAccess.readWrite(dir))
            .build();
    files.exec(
        """
        import threading
        THREADS, N = 8, 2000
        f = open("shared.txt", "w")
        def writer(k):
            for i in range(N):
                f.write(f"{k} {i} " + "x" * (i % 50) + "\\n")
                if i % 500 == 0:
                    print(f"thread {k} at {i}", "y" * 200)
        ts = [threading.Thread(target=writer, args=(k,)) for k in range(THREADS)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        f.close()
        with open("shared.txt") as r:
            lines = r.read().splitlines()
        whole = all(line == f"{k} {i} " + "x" * (int(i) % 50)
                    for line in lines for k, i, *_ in [line.split(" ")])
        seen = sorted((int(l.split(" ")[0]), int(l.split(" ")[1])) for l in lines)
        print(len(lines), whole, seen == [(k, i) for k in range(THREADS) for i in range(N)])
        """);
    List<String> printed = out.toString().lines().toList();
    assertEquals("16000 True True", printed.get(printed.size() - 1));
    List<String> progress = printed.subList(0, printed.size() - 1);
    assertEquals(32, progress.size());
    for (String line : progress) {
      assertTrue(line.matches("thread [0-7] at [0-9]+ y{200}"), line);
    }
    assertEquals(1L, activeCount(files));
  }

  /**
   * 8 threads race to take the same 5,000 keys from a dict ({@code pop(k, None)}), the same
   * items from a list ({@code remove}) and a set: each is taken exactly once. Then one thread
   * sorts a list over and over while 4 threads append 2,000 items each: a sort that sees the list
   * change fails with CPython's ValueError, and no appended item is lost.
   */
  @Test
  void competingRemovalsTakeEachElementOnce() throws Exception {
    String script =
        """
        import threading
        THREADS, N = 8, 5000
        d = {k: k for k in range(N)}
        s = set(range(N))
        lst = list(range(N))
        got = [[] for _ in range(THREADS)]
        removed = [0] * THREADS
        discarded = [0] * THREADS
        def taker(t):
            for k in range(N):
                v = d.pop(k, None)
                if v is not None:
                    got[t].append(v)
                try:
                    lst.remove(k)
                    removed[t] += 1
                except ValueError as e:
                    assert str(e) == "list.remove(x): x not in list", e
                if k in s:
                    try:
                        s.remove(k)
                        discarded[t] += 1
                    except KeyError:
                        pass
        ts = [threading.Thread(target=taker, args=(t,)) for t in range(THREADS)]
        for t in ts: t.start()
        for t in ts: t.join()
        allv = sorted(v for g in got for v in g)
        print(allv == list(range(N)), sum(removed), sum(discarded), d, lst, s)

        # sorting a list while other threads append to it: no element is lost
        shared = list(range(1000, 0, -1))
        stop = threading.Event()
        errors = set()
        def sorter():
            while not stop.is_set():
                try:
                    shared.sort()
                except ValueError as e:
                    errors.add(str(e))
        def appender(k):
            for i in range(2000):
                shared.append((k + 1) * 100000 + i)
        ss = threading.Thread(target=sorter)
        ss.start()
        aps = [threading.Thread(target=appender, args=(k,)) for k in range(4)]
        for t in aps: t.start()
        for t in aps: t.join()
        stop.set()
        ss.join()
        print(len(shared), sorted(shared) == sorted(list(range(1, 1001)) + [(k + 1) * 100000 + i for k in range(4) for i in range(2000)]), errors <= {"list modified during sort"})
        """;
    assertEquals("True 5000 5000 {} [] set()\n9000 True True\n", run(script));
  }
}
