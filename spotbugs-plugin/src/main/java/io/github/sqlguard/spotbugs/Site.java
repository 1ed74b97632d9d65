package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.XMethod;

/**
 * Where SQL reaches a sink: the method, the call's source line (unknown for an annotation on an abstract method),
 * the line a piece of SQL is placed at, and the call's bytecode offset.
 *
 * @param inErrorHandler the call lies in a {@code catch} handler or in the copy of a {@code finally} block that runs
 *                       when an exception is thrown
 */
record Site(XMethod method, SourceLineAnnotation sourceLine, int line, int pc, boolean inErrorHandler) {
}
