package org.pygen.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.pygen.Interpreter;
import org.pygen.PygenException;
import org.pygen.Script;

/**
 * A pygen interpreter behind the {@code javax.script} API.
 *
 * <ul>
 *   <li>The engine's own {@link ScriptContext#ENGINE_SCOPE} bindings are the interpreter's globals,
 *       live: {@code put} binds a global (the value converted as {@link Interpreter#set} does),
 *       {@code get} reads one (converted as {@link Interpreter#get} does). Other engine-scope
 *       bindings, given with {@code setBindings} or in a context, are copied into the globals
 *       before each evaluation; names of the {@link ScriptContext#GLOBAL_SCOPE} bindings not
 *       bound as globals are copied too.
 *   <li>{@code eval} returns the value of the source when it is a single expression, and null
 *       otherwise. {@code print} writes to the context's writer. The file name is the context's
 *       {@link ScriptEngine#FILENAME} attribute, else {@code <string>}.
 *   <li>Errors are {@link ScriptException}s with file, line and column, whose cause is the {@link
 *       PygenException}.
 * </ul>
 */
public final class PygenScriptEngine extends AbstractScriptEngine implements Invocable, Compilable {
  private final ScriptEngineFactory factory;
  private final Interpreter interpreter;
  private final Bindings globals;
  /** The context of the evaluation under way, whose writers {@code print} uses. */
  private volatile ScriptContext running;

  PygenScriptEngine(ScriptEngineFactory factory) {
    this.factory = factory;
    this.interpreter =
        Interpreter.builder()
            .out(new ContextWriter(false))
            .err(new ContextWriter(true))
            .build();
    this.globals = new GlobalsBindings(interpreter.globals());
    context.setBindings(globals, ScriptContext.ENGINE_SCOPE);
  }

  /** The interpreter this engine runs scripts in, for everything the JSR-223 API lacks. */
  public Interpreter interpreter() {
    return interpreter;
  }

  @Override
  public Object eval(String script, ScriptContext ctx) throws ScriptException {
    return run(compileScript(script, ctx), ctx);
  }

  @Override
  public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
    return eval(read(reader), ctx);
  }

  @Override
  public Bindings createBindings() {
    return new SimpleBindings();
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  @Override
  public CompiledScript compile(String script) throws ScriptException {
    Script compiled = compileScript(script, context);
    return new CompiledScript() {
      @Override
      public Object eval(ScriptContext ctx) throws ScriptException {
        return run(compiled, ctx);
      }

      @Override
      public ScriptEngine getEngine() {
        return PygenScriptEngine.this;
      }
    };
  }

  @Override
  public CompiledScript compile(Reader script) throws ScriptException {
    return compile(read(script));
  }

  @Override
  public Object invokeFunction(String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    if (!interpreter.globals().containsKey(name)) {
      throw new NoSuchMethodException("no global function '" + name + "'");
    }
    try {
      return interpreter.call(name, args == null ? new Object[0] : args);
    } catch (PygenException e) {
      throw scriptException(e);
    }
  }

  @Override
  public Object invokeMethod(Object thiz, String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    if (thiz == null) {
      throw new IllegalArgumentException("no object to call '" + name + "' on");
    }
    try {
      return interpreter.callMethod(thiz, name, args == null ? new Object[0] : args);
    } catch (PygenException e) {
      if (e.pythonType().equals("AttributeError")) {
        NoSuchMethodException n = new NoSuchMethodException(e.pythonMessage());
        n.initCause(e);
        throw n;
      }
      throw scriptException(e);
    }
  }

  @Override
  public <T> T getInterface(Class<T> type) {
    for (Method m : type.getMethods()) {
      if (!m.isDefault() && !interpreter.globals().containsKey(m.getName())) {
        return null;
      }
    }
    return proxy(type, (name, args) -> invokeFunction(name, args));
  }

  @Override
  public <T> T getInterface(Object thiz, Class<T> type) {
    return proxy(type, (name, args) -> invokeMethod(thiz, name, args));
  }

  /** What a proxy method does: a call by name. */
  private interface Invoker {
    Object invoke(String name, Object[] args) throws Exception;
  }

  private <T> T proxy(Class<T> type, Invoker invoker) {
    if (!type.isInterface()) {
      throw new IllegalArgumentException(type + " is not an interface");
    }
    Object p =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                  case "equals":
                    return self == args[0];
                  case "hashCode":
                    return System.identityHashCode(self);
                  default:
                    return "pygen proxy for " + type.getName();
                }
              }
              return invoker.invoke(method.getName(), args == null ? new Object[0] : args);
            });
    return type.cast(p);
  }

  private Script compileScript(String source, ScriptContext ctx) throws ScriptException {
    Object name = ctx.getAttribute(ScriptEngine.FILENAME);
    try {
      return interpreter.compile(source, name != null ? name.toString() : "<string>");
    } catch (PygenException e) {
      throw scriptException(e);
    }
  }

  private Object run(Script script, ScriptContext ctx) throws ScriptException {
    importBindings(ctx);
    ScriptContext previous = running;
    running = ctx;
    try {
      return script.run();
    } catch (PygenException e) {
      throw scriptException(e);
    } finally {
      running = previous;
    }
  }

  /** Copies foreign engine-scope bindings, and unbound global-scope names, into the globals. */
  private void importBindings(ScriptContext ctx) {
    Map<String, Object> names = interpreter.globals();
    Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
    if (engineScope != null && engineScope != globals) {
      names.putAll(engineScope);
    }
    Bindings globalScope = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
    if (globalScope != null) {
      for (Map.Entry<String, Object> e : globalScope.entrySet()) {
        names.putIfAbsent(e.getKey(), e.getValue());
      }
    }
  }

  private static ScriptException scriptException(PygenException e) {
    ScriptException s =
        new ScriptException(
            e.pythonType() + ": " + e.pythonMessage(), e.fileName(), e.line(), e.column());
    s.initCause(e);
    return s;
  }

  private static String read(Reader reader) throws ScriptException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return sb.toString();
  }

  /**
   * Writes to the writer of the context being evaluated (else the engine's), so that {@code
   * setWriter} on a context redirects {@code print}.
   */
  private final class ContextWriter extends Writer {
    private final boolean error;

    ContextWriter(boolean error) {
      this.error = error;
    }

    private Writer target() {
      ScriptContext c = running != null ? running : context;
      return error ? c.getErrorWriter() : c.getWriter();
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      target().write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      target().write(str, off, len);
    }

    @Override
    public void flush() throws IOException {
      target().flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
