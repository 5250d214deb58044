package org.pygen.runtime;

/** One line of a traceback: where a frame was when the exception passed through it. */
public record TracebackEntry(String fileName, int line, String functionName, String sourceLine) {}
