package org.pygen.jsr223;

import java.util.List;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Makes pygen available through {@code javax.script}: registered in {@code
 * META-INF/services/javax.script.ScriptEngineFactory}, so {@code new
 * ScriptEngineManager().getEngineByName("pygen")} (or {@code getEngineByExtension("pyg")}) finds
 * it. Each engine gets its own {@link org.pygen.Interpreter} built with the default options.
 */
public final class PygenScriptEngineFactory implements ScriptEngineFactory {
  private static final List<String> NAMES = List.of("pygen", "python-generators");
  private static final List<String> EXTENSIONS = List.of("pyg");

  /** The factory; {@link javax.script.ScriptEngineManager} creates it through the service file. */
  public PygenScriptEngineFactory() {}

  @Override
  public String getEngineName() {
    return "pygen";
  }

  @Override
  public String getEngineVersion() {
    String v = PygenScriptEngineFactory.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  @Override
  public List<String> getExtensions() {
    return EXTENSIONS;
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of();
  }

  @Override
  public List<String> getNames() {
    return NAMES;
  }

  @Override
  public String getLanguageName() {
    return "pygen";
  }

  /** The Python version whose semantics pygen follows. */
  @Override
  public String getLanguageVersion() {
    return "3.11";
  }

  @Override
  public Object getParameter(String key) {
    switch (key) {
      case ScriptEngine.ENGINE:
        return getEngineName();
      case ScriptEngine.ENGINE_VERSION:
        return getEngineVersion();
      case ScriptEngine.NAME:
        return NAMES.get(0);
      case ScriptEngine.LANGUAGE:
        return getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION:
        return getLanguageVersion();
      case "THREADING":
        // Conservative: null promises nothing about concurrent use of one engine.
        return null;
      default:
        return null;
    }
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    return "print(" + toDisplay + ")";
  }

  @Override
  public String getProgram(String... statements) {
    return List.of(statements).stream().collect(Collectors.joining("\n", "", "\n"));
  }

  @Override
  public ScriptEngine getScriptEngine() {
    return new PygenScriptEngine(this);
  }
}
