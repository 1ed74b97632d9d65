package io.github.sqlguard.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal a person watches, so that a progress line helps and harms no log. */
final class Terminal {

    /** Set by {@code bin/sqlguard}, which asks the shell whether standard error is a terminal. */
    static final String STDERR_PROPERTY = "sqlguard.stderr.terminal";

    private Terminal() {
    }

    /**
     * True when the JVM has a console (standard input and output are a terminal) and standard error is a terminal
     * too, as the launcher tells or, without it, as Linux's {@code /proc} tells; elsewhere it is assumed to be.
     */
    static boolean showsProgress() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return false;
        }
        String launcher = System.getProperty(STDERR_PROPERTY);
        return launcher != null ? Boolean.parseBoolean(launcher) : !stderrRedirected();
    }

    /** From Java 22 a console exists also when the streams are redirected; {@code isTerminal()} then tells. */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static boolean stderrRedirected() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return !target.startsWith("/dev/pts/") && !target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
