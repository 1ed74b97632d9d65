package io.github.sqlguard.changes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} executable found on the {@code PATH} in one folder and collects its output. Read-only use:
 * optional locks are off, so that not even the index's stat cache is rewritten.
 */
final class Git {

    static final long TIMEOUT_SECONDS = 300;

    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    /** Exit code, standard output and standard error (UTF-8) of {@code git args...}. */
    Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_PAGER", "cat");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ChangesException("cannot run git (" + e.getMessage() + "); changed-lines mode needs the git"
                    + " executable on the PATH", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ChangesException("git " + String.join(" ", args) + " did not finish in "
                        + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), out, err.get());
        } catch (IOException e) {
            process.destroyForcibly();
            throw new ChangesException("cannot read the output of git " + args[0] + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ChangesException("interrupted while git " + args[0] + " ran", e);
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw new ChangesException("cannot read the errors of git " + args[0] + " (" + e.getCause() + ")", e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exit, String out, String err) {

        boolean ok() {
            return exit == 0;
        }

        /** The first line of standard error, for messages. */
        String firstError() {
            return err.strip().lines().findFirst().orElse("exit code " + exit).strip();
        }
    }
}
