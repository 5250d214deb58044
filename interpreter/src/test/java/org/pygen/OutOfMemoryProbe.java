package org.pygen;

import java.io.StringWriter;
import java.util.Iterator;

/**
 * Run by {@link OutOfMemoryTest} in a JVM with a small heap: scripts exhaust the heap in every
 * way they can reach the interpreter (exec, call, a generator, a thread, Java iteration), and
 * after each the interpreter must answer. Prints what it saw, one line per case.
 */
final class OutOfMemoryProbe {
  private OutOfMemoryProbe() {}

  public static void main(String[] args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Interpreter py = Interpreter.builder().out(out).err(err).threads(2).build();
    py.exec(
        """
        import threading
        kept = {i: i for i in range(1000)}
        def hog():
            chunks = []
            while True:
                chunks.append("x" * 100000 + str(len(chunks)))
        def filling():
            chunks = []
            while True:
                chunks.append([len(chunks)] * 10000)
                yield len(chunks)
        g = filling()
        """);
    System.out.println("exec: " + outcome(() -> py.exec("hog()\n")));
    System.out.println("after exec: " + py.eval("sum(range(10))"));
    System.out.println("generator: " + outcome(() -> py.exec("for n in g:\n    pass\n")));
    System.out.println("after generator: " + py.eval("(g.gi_running, next(g, 'finished'))"));
    System.out.println("call: " + outcome(() -> py.call("hog")));
    Iterator<?> it = (Iterator<?>) py.eval("filling()");
    System.out.println("iteration: " + outcome(() -> {
      while (it.hasNext()) {
        it.next();
      }
    }));
    py.exec("t = threading.Thread(target=hog)\nt.start()\nt.join()\n");
    System.out.println("thread: " + err.toString().replace("\n", "|"));
    System.out.println(
        "after all: "
            + py.eval("(threading.active_count(), len(kept), all(kept[i] == i for i in kept))")
            + " "
            + py.eval("len([0] * 1000000)"));
    py.awaitThreads();
  }

  /** What a run ended with: the Python error's type and traceback, or "no error". */
  private static String outcome(Runnable run) {
    try {
      run.run();
      return "no error";
    } catch (PygenException e) {
      return e.formatted().replace("\n", "|");
    }
  }
}
