package org.pygen.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;
import org.pygen.PygenException;

/** pygen through javax.script, found by the ScriptEngineManager like any engine. */
final class PygenScriptEngineTest {
  private final ScriptEngineManager manager = new ScriptEngineManager();
  private final ScriptEngine engine = manager.getEngineByName("pygen");

  @Test
  void theManagerFindsTheEngineByNameAndExtension() {
    assertNotNull(engine);
    assertInstanceOf(PygenScriptEngine.class, engine);
    assertInstanceOf(PygenScriptEngine.class, manager.getEngineByExtension("pyg"));
    assertEquals("pygen", engine.getFactory().getEngineName());
    assertEquals("3.11", engine.getFactory().getLanguageVersion());
  }

  @Test
  void evalReturnsAnExpressionsValueAndNullForStatements() throws ScriptException {
    assertEquals(7L, engine.eval("3 + 4"));
    assertNull(engine.eval("x = 5\ny = x * 2\n"));
    assertEquals(10L, engine.eval("y"));
  }

  @Test
  void bindingsAreTheGlobals() throws ScriptException {
    engine.put("limit", 3);
    assertEquals(List.of(0L, 1L, 2L), engine.eval("list(range(limit))"));
    engine.eval("result = {'n': limit * 2}");
    Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
    assertEquals(java.util.Map.of("n", 6L), b.get("result"));
    assertEquals(3L, engine.get("limit"));

    manager.put("shared", "from the manager");
    assertEquals("from the manager", engine.eval("shared"));

    Bindings own = new SimpleBindings();
    own.put("z", 41);
    assertEquals(42L, engine.eval("z + 1", own));
  }

  @Test
  void printGoesToTheContextWriter() throws ScriptException {
    StringWriter out = new StringWriter();
    engine.getContext().setWriter(out);
    engine.eval("print('hi', 1)");
    assertEquals("hi 1\n", out.toString());

    StringWriter other = new StringWriter();
    ScriptContext ctx = new SimpleScriptContext();
    ctx.setWriter(other);
    engine.eval("print('there')", ctx);
    assertEquals("there\n", other.toString());
  }

  @Test
  void invocableCallsFunctionsAndMethods() throws Exception {
    engine.eval(
        "def area(w, h):\n    return w * h\n" + "words = ['a', 'b']\n");
    Invocable inv = (Invocable) engine;
    assertEquals(12L, inv.invokeFunction("area", 3, 4));
    assertEquals(1L, inv.invokeMethod(engine.get("words"), "index", "b"));
    assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(engine.get("words"), "x"));
    assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
    Area a = inv.getInterface(Area.class);
    assertEquals(6L, a.area(2, 3));
  }

  /** Implemented by the script's global function of the same name. */
  public interface Area {
    Object area(int w, int h);
  }

  @Test
  void compiledScriptsRunAgain() throws ScriptException {
    engine.put("n", 0);
    CompiledScript inc = ((Compilable) engine).compile("n += 1\n");
    inc.eval();
    inc.eval();
    assertEquals(2L, engine.get("n"));
    assertEquals(4L, ((Compilable) engine).compile("n * 2").eval());
  }

  @Test
  void errorsAreScriptExceptionsCausedByPygenExceptions() {
    ScriptException e =
        assertThrows(ScriptException.class, () -> engine.eval("def f():\n    return 1 / 0\nf()"));
    assertInstanceOf(PygenException.class, e.getCause());
    assertEquals(2, e.getLineNumber());
    ScriptException syntax =
        assertThrows(ScriptException.class, () -> ((Compilable) engine).compile("x = (\n"));
    assertEquals("SyntaxError", ((PygenException) syntax.getCause()).pythonType());
  }
}
