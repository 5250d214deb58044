package org.pygen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code os} module under each file policy: it may reach exactly the files {@code open()}
 * may, and no more; the environment is visible only with full file access. Also the standard
 * streams of {@code sys}, which must write where the interpreter's writers are, in call order.
 */
class OsSandboxTest {
  @TempDir Path temp;
  private Path sandbox;
  private Path outside;

  @BeforeEach
  void makeFolders() throws IOException {
    sandbox = Files.createDirectory(temp.resolve("sandbox"));
    outside = Files.createDirectory(temp.resolve("outside"));
    Files.writeString(sandbox.resolve("data.txt"), "inside");
    Files.writeString(outside.resolve("secret.txt"), "secret");
  }

  private static Interpreter with(FileAccess access) {
    return Interpreter.builder().out(new StringWriter()).fileAccess(access).build();
  }

  /** What {@code expression} evaluates to, or the type and text of the exception it raises. */
  private static Object attempt(Interpreter py, String expression) {
    py.exec(
        "import os\n"
            + "try:\n"
            + "    result = " + expression + "\n"
            + "except Exception as e:\n"
            + "    result = type(e).__name__ + ': ' + str(e)\n");
    return py.get("result");
  }

  private static String denied(String path) {
    return "PermissionError: [Errno 13] Permission denied: '" + path + "'";
  }

  @Test
  void withoutFileAccessNothingIsReachable() {
    Interpreter py = with(FileAccess.none());
    String secret = outside.resolve("secret.txt").toString();
    assertEquals(false, attempt(py, "os.path.exists(" + quote(secret) + ")"));
    assertEquals(false, attempt(py, "os.path.isfile(" + quote(secret) + ")"));
    assertEquals(false, attempt(py, "os.path.isdir('/')"));
    assertEquals(denied("."), attempt(py, "os.listdir()"));
    assertEquals(denied(secret), attempt(py, "os.path.getsize(" + quote(secret) + ")"));
    assertEquals(denied(secret), attempt(py, "os.remove(" + quote(secret) + ")"));
    assertEquals(denied("."), attempt(py, "os.getcwd()"));
    assertEquals(denied("x"), attempt(py, "os.mkdir('x')"));
    assertEquals(0L, attempt(py, "len(os.environ)"));
    assertEquals(null, attempt(py, "os.getenv('PATH')"));
    // String functions need no file access.
    assertEquals("a/b", attempt(py, "os.path.join('a', 'b')"));
    assertEquals("/x", attempt(py, "os.path.abspath('/x/y/..')"));
    assertTrue(Files.exists(outside.resolve("secret.txt")));
  }

  @Test
  void readOnlyAccessListsAndMeasuresButChangesNothing() throws IOException {
    Interpreter py = with(FileAccess.readOnly(sandbox));
    assertEquals(List.of("data.txt"), attempt(py, "os.listdir()"));
    assertEquals(List.of("data.txt"), attempt(py, "os.listdir('.')"));
    assertEquals(6L, attempt(py, "os.path.getsize('data.txt')"));
    assertEquals(true, attempt(py, "os.path.isfile('data.txt')"));
    assertEquals(sandbox.toRealPath().toString(), attempt(py, "os.getcwd()"));
    assertEquals(
        sandbox.toRealPath().resolve("data.txt").toString(),
        attempt(py, "os.path.abspath('data.txt')"));
    assertEquals(denied("data.txt"), attempt(py, "os.remove('data.txt')"));
    assertEquals(denied("new"), attempt(py, "os.mkdir('new')"));
    assertEquals(false, attempt(py, "os.path.exists('../outside/secret.txt')"));
    assertEquals(denied("../outside"), attempt(py, "os.listdir('../outside')"));
    String outsideDir = outside.toString();
    assertEquals(denied(outsideDir), attempt(py, "os.listdir(" + quote(outsideDir) + ")"));
    assertEquals(0L, attempt(py, "len(os.environ)"));
    assertTrue(Files.exists(sandbox.resolve("data.txt")));
  }

  @Test
  void readWriteAccessChangesFilesInsideOnly() {
    Interpreter py = with(FileAccess.readWrite(sandbox));
    assertEquals(null, attempt(py, "os.makedirs('a/b/c')"));
    assertEquals(null, attempt(py, "os.makedirs('a/b', exist_ok=True)"));
    assertEquals(List.of("a", "data.txt"), attempt(py, "os.listdir()"));
    assertEquals(true, attempt(py, "os.path.isdir('a/b/c')"));
    assertEquals(null, attempt(py, "os.rmdir('a/b/c')"));
    assertEquals(null, attempt(py, "os.remove('data.txt')"));
    assertEquals(List.of("a"), attempt(py, "os.listdir()"));
    assertEquals(
        denied("../outside/secret.txt"), attempt(py, "os.remove('../outside/secret.txt')"));
    String secret = outside.resolve("secret.txt").toString();
    assertEquals(denied(secret), attempt(py, "os.unlink(" + quote(secret) + ")"));
    assertEquals(denied("../escape"), attempt(py, "os.mkdir('../escape')"));
    // makedirs climbs to the first folder it cannot see, and is refused there.
    assertEquals(denied(".."), attempt(py, "os.makedirs('../escape/x')"));
    assertTrue(Files.exists(outside.resolve("secret.txt")));
    assertTrue(!Files.exists(temp.resolve("escape")));
    assertEquals(
        "FileNotFoundError: [Errno 2] No such file or directory: 'missing'",
        attempt(py, "os.remove('missing')"));
  }

  @Test
  void fullAccessSeesTheEnvironment() {
    Interpreter py = with(FileAccess.full());
    assertEquals((long) System.getenv().size(), attempt(py, "len(os.environ)"));
    String path = System.getenv("PATH");
    if (path != null) {
      assertEquals(path, attempt(py, "os.getenv('PATH')"));
    }
  }

  @Test
  void sysStreamsWriteToTheInterpretersWritersInCallOrder() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Interpreter py = Interpreter.builder().out(out).err(err).build();
    py.exec(
        "import sys\n"
            + "print('one')\n"
            + "n = sys.stdout.write('two\\n')\n"
            + "print('three', end=' ')\n"
            + "sys.stdout.write('four\\n')\n"
            + "print('to err', file=sys.stderr)\n"
            + "sys.stderr.write('more err\\n')\n");
    assertEquals("one\ntwo\nthree four\n", out.toString());
    assertEquals("to err\nmore err\n", err.toString());
    assertEquals(4L, py.get("n"));
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
