package io.github.sqlguard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code sqlguard [options] PATH...}: scans files and directories for SQL that destroys data and reports what it
 * finds. Exit 0 when nothing is at or above {@code --fail-on}, 1 when something is, 2 on bad usage, a path that does
 * not exist, a bad configuration or an internal failure. With {@code --baseline} and {@code --changed-since} the exit
 * code follows the findings left after those filters; {@code --write-baseline} records every finding and exits 0.
 * {@code --audit} prints, instead of the findings, each destructive statement in a SQL file that the scan passed
 * silently, and exits 1 when there is one, 0 when there is none. {@code --list-rules} lists the rules.
 */
public final class SqlGuardCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_ERROR = 2;

    private final Path workingDirectory;
    private CommandLine commandLine;
    private boolean verbose;

    private SqlGuardCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with these streams, written as UTF-8; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of(""));
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream)}, with report paths relative to {@code workingDirectory}, which
     * is also where the configuration file is looked for when no scanned path has one.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(workingDirectory).setOut(outWriter).setErr(errWriter).execute(args);
        } catch (Error e) {
            errWriter.println("sqlguard: internal error: " + describe(e));
            if (List.of(args).contains(CommandDefinition.VERBOSE)) {
                e.printStackTrace(errWriter);
            }
            return EXIT_ERROR;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** The command line with sqlguard's handling of usage errors and failures. */
    public static CommandLine commandLine() {
        return commandLine(Path.of(""));
    }

    private static CommandLine commandLine(Path workingDirectory) {
        SqlGuardCommand command = new SqlGuardCommand(workingDirectory);
        CommandLine cl = new CommandLine(CommandDefinition.spec(command));
        command.commandLine = cl;
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler(SqlGuardCommand::usageError);
        cl.setExecutionExceptionHandler(command::failure);
        return cl;
    }

    @Override
    public Integer call() {
        Options options = Options.of(commandLine.getParseResult());
        verbose = options.verbose();
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        if (options.listRules()) {
            return new RuleListCommand(options, commandLine).run(out, err);
        }
        return new ScanCommand(options, commandLine, workingDirectory).run(out, err);
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String message = firstLine(e.getMessage());
        err.println("sqlguard: " + message + (message.endsWith(".") ? "" : ".") + " Try --help");
        err.flush();
        return EXIT_ERROR;
    }

    private int failure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("sqlguard: internal error: " + describe(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_ERROR;
    }

    static String describe(Throwable e) {
        String message = firstLine(e.getMessage());
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("").strip();
    }
}
