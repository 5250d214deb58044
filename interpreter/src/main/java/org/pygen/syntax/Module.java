package org.pygen.syntax;

import java.util.List;

/** A parsed source file: its name (as shown in tracebacks), its lines and its statements. */
public record Module(String fileName, List<String> lines, List<Stmt> body) {}
