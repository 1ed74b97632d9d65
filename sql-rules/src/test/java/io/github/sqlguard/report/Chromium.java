package io.github.sqlguard.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the HTML report's tests: the executable named by {@code SQLGUARD_CHROMIUM}, else
 * {@code chromium}, {@code chromium-browser} or {@code google-chrome} on the {@code PATH}. Runs with the features
 * that call home switched off and every host name resolving to nothing: a request the page makes is seen, and fails.
 */
final class Chromium {

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    static Optional<Chromium> find() {
        String named = System.getenv("SQLGUARD_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(new Chromium(Path.of(named)));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** The page's DOM after its load event, as {@code --dump-dom} prints it. */
    String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile"), "--virtual-time-budget=3000",
                "--dump-dom", page.toUri().toString()));
        Path out = work.resolve("dom-" + System.nanoTime() + ".html");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 90 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
