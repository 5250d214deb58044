package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox of an embedded interpreter: which files scripts may open and how many threads they
 * may start, with hostile scripts trying to escape. After each refusal the interpreter must still
 * answer the next eval.
 */
class SandboxTest {
  @TempDir Path temp;
  private Path sandbox;
  private Path outside;
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void makeFolders() throws IOException {
    sandbox = Files.createDirectory(temp.resolve("sandbox"));
    outside = Files.createDirectory(temp.resolve("outside"));
    Files.writeString(sandbox.resolve("data.txt"), "inside");
    Files.writeString(outside.resolve("secret.txt"), "secret");
  }

  private Interpreter files(FileAccess access) {
    return Interpreter.builder().out(new StringWriter()).err(err).fileAccess(access).build();
  }

  private Interpreter threads(int max) {
    return Interpreter.builder().out(new StringWriter()).err(err).threads(max).build();
  }

  /** Runs {@code statement} in the script and returns the text of the PermissionError it raises. */
  private static String refusal(Interpreter py, String statement) {
    py.exec(
        "try:\n"
            + "    "
            + statement
            + "\n"
            + "    caught = None\n"
            + "except PermissionError as e:\n"
            + "    caught = str(e)\n");
    assertEquals(2L, py.eval("1 + 1"), "the interpreter answers after a refusal");
    return (String) py.get("caught");
  }

  private static String denied(String path) {
    return "[Errno 13] Permission denied: '" + path + "'";
  }

  private static String read(Interpreter py, String path) {
    return (String) py.eval("open(" + repr(path) + ").read()");
  }

  private static String repr(String path) {
    return "'" + path.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  // ------------------------------------------------------------------ files

  @Test
  void byDefaultNoFileCanBeOpened() {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    String secret = outside.resolve("secret.txt").toString();
    assertEquals(denied("data.txt"), refusal(py, "open('data.txt')"));
    assertEquals(denied(secret), refusal(py, "open(" + repr(secret) + ")"));
    assertEquals(denied("new.txt"), refusal(py, "open('new.txt', 'w')"));

    PygenException e = assertThrows(PygenException.class, () -> py.exec("open('data.txt')"));
    assertEquals("PermissionError", e.pythonType());
    assertEquals(denied("data.txt"), e.pythonMessage());
    assertEquals(2L, py.eval("1 + 1"));
  }

  @Test
  void theNoArgumentConstructorIsSandboxedToo() {
    PygenException e =
        assertThrows(PygenException.class, () -> new Interpreter().exec("open('data.txt')"));
    assertEquals("PermissionError", e.pythonType());
  }

  @Test
  void aRefusedOpenKeepsErrnoAndFilename() {
    Interpreter py = files(FileAccess.none());
    py.exec(
        "try:\n"
            + "    open('x.txt')\n"
            + "except OSError as e:\n"
            + "    got = (type(e).__name__, e.errno, e.strerror, e.filename)\n");
    assertEquals(
        java.util.List.of("PermissionError", 13L, "Permission denied", "x.txt"), py.get("got"));
  }

  @Test
  void readOnlyReadsInsideTheDirectory() {
    Interpreter py = files(FileAccess.readOnly(sandbox));
    assertEquals("inside", read(py, "data.txt"));
    assertEquals("inside", read(py, sandbox.resolve("data.txt").toString()));
    PygenException missing =
        assertThrows(PygenException.class, () -> py.eval("open('missing.txt')"));
    assertEquals("FileNotFoundError", missing.pythonType());
    assertEquals("[Errno 2] No such file or directory: 'missing.txt'", missing.pythonMessage());
  }

  @Test
  void readOnlyRefusesEveryWrite() {
    Interpreter py = files(FileAccess.readOnly(sandbox));
    assertEquals(denied("data.txt"), refusal(py, "open('data.txt', 'w')"));
    assertEquals(denied("data.txt"), refusal(py, "open('data.txt', 'a')"));
    assertEquals(denied("new.txt"), refusal(py, "open('new.txt', 'x')"));
    assertFalse(Files.exists(sandbox.resolve("new.txt")));
    assertEquals("inside", read(py, "data.txt"));
  }

  @Test
  void readOnlyRefusesEscapes() throws IOException {
    Interpreter py = files(FileAccess.readOnly(sandbox));
    String secret = outside.resolve("secret.txt").toString();
    assertEquals(denied("../outside/secret.txt"), refusal(py, "open('../outside/secret.txt')"));
    assertEquals(denied("x/../data.txt"), refusal(py, "open('x/../data.txt')"));
    assertEquals(denied(secret), refusal(py, "open(" + repr(secret) + ")"));
    assertEquals(denied("/etc/passwd"), refusal(py, "open('/etc/passwd')"));

    Files.createSymbolicLink(sandbox.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(sandbox.resolve("linkdir"), outside);
    assertEquals(denied("link.txt"), refusal(py, "open('link.txt')"));
    assertEquals(denied("linkdir/secret.txt"), refusal(py, "open('linkdir/secret.txt')"));
  }

  @Test
  void aSymbolicLinkStayingInsideIsFollowed() throws IOException {
    Files.createDirectory(sandbox.resolve("sub"));
    Files.createSymbolicLink(sandbox.resolve("sub/alias.txt"), sandbox.resolve("data.txt"));
    Interpreter py = files(FileAccess.readOnly(sandbox));
    assertEquals("inside", read(py, "sub/alias.txt"));
  }

  @Test
  void readWriteWritesInsideOnly() throws IOException {
    Interpreter py = files(FileAccess.readWrite(sandbox));
    py.exec("with open('out.txt', 'w') as f:\n    f.write('written')\n");
    assertEquals("written", Files.readString(sandbox.resolve("out.txt")));
    py.exec("with open('out.txt', 'a') as f:\n    f.write('!')\n");
    assertEquals("written!", read(py, "out.txt"));

    String target = outside.resolve("new.txt").toString();
    assertEquals(denied("../outside/new.txt"), refusal(py, "open('../outside/new.txt', 'w')"));
    assertEquals(denied(target), refusal(py, "open(" + repr(target) + ", 'w')"));
    Files.createSymbolicLink(sandbox.resolve("linkdir"), outside);
    assertEquals(denied("linkdir/new.txt"), refusal(py, "open('linkdir/new.txt', 'w')"));
    // A dangling link would create its target outside when written through.
    Files.createSymbolicLink(sandbox.resolve("dangling.txt"), outside.resolve("new.txt"));
    assertEquals(denied("dangling.txt"), refusal(py, "open('dangling.txt', 'w')"));
    assertFalse(Files.exists(outside.resolve("new.txt")), "nothing was created outside");
    assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
  }

  @Test
  void readWriteReportsAMissingFolderInsideAsCPythonDoes() {
    Interpreter py = files(FileAccess.readWrite(sandbox));
    PygenException e =
        assertThrows(PygenException.class, () -> py.exec("open('no/such/dir.txt', 'w')"));
    assertEquals("FileNotFoundError", e.pythonType());
    assertEquals("[Errno 2] No such file or directory: 'no/such/dir.txt'", e.pythonMessage());
  }

  @Test
  void fullAccessOpensAnything() throws IOException {
    Interpreter py = files(FileAccess.full());
    assertEquals("secret", read(py, outside.resolve("secret.txt").toString()));
    String target = outside.resolve("made.txt").toString();
    py.exec("with open(" + repr(target) + ", 'w') as f:\n    f.write('made')\n");
    assertEquals("made", Files.readString(outside.resolve("made.txt")));
  }

  @Test
  void aGrantedDirectoryMustExist() {
    assertThrows(
        IllegalArgumentException.class, () -> FileAccess.readOnly(temp.resolve("missing")));
    assertThrows(
        IllegalArgumentException.class,
        () -> FileAccess.readWrite(sandbox.resolve("data.txt")));
  }

  // ------------------------------------------------------------------ threads

  @Test
  void byDefaultNoThreadCanBeStarted() {
    Interpreter py = Interpreter.builder().out(new StringWriter()).build();
    py.exec(
        "import threading\n"
            + "ran = []\n"
            + "t = threading.Thread(target=lambda: ran.append(1))\n"
            + "try:\n"
            + "    t.start()\n"
            + "except RuntimeError as e:\n"
            + "    caught = str(e)\n");
    assertEquals("can't start new thread", py.get("caught"));
    assertEquals(java.util.List.of(), py.get("ran"));
    PygenException e =
        assertThrows(PygenException.class, () -> py.exec("threading.Thread().start()"));
    assertEquals("RuntimeError", e.pythonType());
    assertEquals("can't start new thread", e.pythonMessage());
    assertEquals(2L, py.eval("1 + 1"));
  }

  @Test
  void aLimitOfTwoRefusesAThirdWhileTwoRun() throws InterruptedException {
    Interpreter py = threads(2);
    py.exec(
        "import threading\n"
            + "gate = threading.Lock()\n"
            + "gate.acquire()\n"
            + "def hold():\n"
            + "    gate.acquire()\n"
            + "    gate.release()\n"
            + "first = threading.Thread(target=hold)\n"
            + "second = threading.Thread(target=hold)\n"
            + "third = threading.Thread(target=hold)\n"
            + "first.start()\n"
            + "second.start()\n"
            + "try:\n"
            + "    third.start()\n"
            + "    refused = None\n"
            + "except RuntimeError as e:\n"
            + "    refused = str(e)\n"
            + "running = threading.active_count()\n"
            + "gate.release()\n"
            + "first.join()\n"
            + "second.join()\n");
    assertEquals("can't start new thread", py.get("refused"));
    assertEquals(3L, py.get("running"));
    // The refused thread was never started, so it may be started now that there is room.
    py.exec("third.start()\nthird.join()\nafter = threading.active_count()\n");
    assertEquals(1L, py.get("after"));
    py.awaitThreads();
    assertEquals(2L, py.eval("1 + 1"));
  }

  @Test
  void aThreadBombLeavesTheHostHealthy() throws InterruptedException {
    Interpreter py = threads(8);
    py.exec(
        "import threading\n"
            + "gate = threading.Lock()\n"
            + "gate.acquire()\n"
            + "def hold():\n"
            + "    gate.acquire()\n"
            + "    gate.release()\n"
            + "started = []\n"
            + "refused = 0\n"
            + "for i in range(2000):\n"
            + "    try:\n"
            + "        t = threading.Thread(target=hold, name='sandbox-bomb-' + str(i))\n"
            + "        t.start()\n"
            + "        started.append(t)\n"
            + "    except RuntimeError:\n"
            + "        refused += 1\n"
            + "gate.release()\n"
            + "for t in started:\n"
            + "    t.join()\n"
            + "count = len(started)\n");
    assertEquals(8L, py.get("count"));
    assertEquals(1992L, py.get("refused"));
    assertEquals(2L, py.eval("1 + 1"));
    assertEquals(1L, py.eval("threading.active_count()"));
    assertEquals(0, liveThreadsNamed("sandbox-bomb-"));
  }

  @Test
  void aSelfReplicatingThreadBombEnds() throws InterruptedException {
    Interpreter py = threads(4);
    py.exec(
        "import threading\n"
            + "def spawn():\n"
            + "    for _ in range(3):\n"
            + "        try:\n"
            + "            threading.Thread(target=spawn, name='sandbox-spawn').start()\n"
            + "        except RuntimeError:\n"
            + "            pass\n"
            + "spawn()\n");
    py.awaitThreads();
    assertEquals(2L, py.eval("1 + 1"));
    assertEquals(1L, py.eval("threading.active_count()"));
    assertEquals(0, liveThreadsNamed("sandbox-spawn"));
    assertEquals("", err.toString(), "no thread reported an error");
  }

  @Test
  void theThreadLimitMustNotBeNegative() {
    assertThrows(IllegalArgumentException.class, () -> Interpreter.builder().threads(-1));
  }

  private static long liveThreadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix) && t.isAlive())
        .count();
  }

  @Test
  void limitsAreSeparatePerInterpreter() {
    Interpreter allowed = threads(1);
    Interpreter forbidden = threads(0);
    allowed.exec("import threading\nt = threading.Thread()\nt.start()\nt.join()\n");
    assertThrows(
        PygenException.class,
        () -> forbidden.exec("import threading\nthreading.Thread().start()\n"));
    assertEquals(Boolean.FALSE, allowed.eval("t.is_alive()"));
  }
}
