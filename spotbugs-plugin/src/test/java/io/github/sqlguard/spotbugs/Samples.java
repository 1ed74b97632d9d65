package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.config.UserPreferences;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample classes under {@code samples/}, analysed once by SpotBugs with this plugin, and the bugs their sources
 * expect: {@code // expect: TYPE[, TYPE]} on the line a bug is reported at, {@code // expect-no-line: TYPE} for a
 * bug without a line (an annotation on an abstract method).
 */
final class Samples {

    static final String PACKAGE = "io.github.sqlguard.spotbugs.samples";
    static final Path SOURCES = Path.of("src/test/java/io/github/sqlguard/spotbugs/samples");
    static final Path CLASSES = Path.of("target/test-classes");

    private static final Pattern MARKER = Pattern.compile("//\\s*expect(-no-line)?:\\s*([A-Z_,\\s]+)$");
    private static BugCollection bugs;

    private Samples() {
    }

    /** Every bug SpotBugs reports on the samples; the analysis runs once. */
    static synchronized BugCollection bugs() {
        if (bugs == null) {
            // SpotBugs' default detectors and this plugin, as a build runs them (the harness would enable every
            // detector, debugging ones included)
            bugs = analyse(preferences -> { }, classFiles().toArray(Path[]::new));
        }
        return bugs;
    }

    /** The bugs this plugin's detector alone reports on {@code classFiles}, in a fraction of the time. */
    static BugCollection analyseWithTheDetectorAlone(Path... classFiles) {
        return analyse(preferences -> {
            preferences.enableAllDetectors(false);
            preferences.enableDetector(DetectorFactoryCollection.instance().getFactory("SqlSinkDetector"), true);
        }, classFiles);
    }

    /**
     * SpotBugs on {@code classFiles}, with the samples and the libraries they call on the aux classpath. The harness
     * fails the analysis when a detector throws or logs an error.
     */
    private static BugCollection analyse(Consumer<UserPreferences> detectors, Path... classFiles) {
        SpotBugsRunner runner = new SpotBugsRunner();
        runner.addAuxClasspathEntry(e -> { }, CLASSES);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && (name.startsWith("spring-") || name.startsWith("jakarta.persistence")
                    || name.startsWith("mybatis") || name.startsWith("spotbugs-annotations"))) {
                runner.addAuxClasspathEntry(e -> { }, Path.of(entry));
            }
        }
        return runner.performAnalysis(engine -> {
            UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
            preferences.getFilterSettings().clearAllCategories();
            preferences.getFilterSettings().setMinPriority("Low");
            detectors.accept(preferences);
            engine.setUserPreferences(preferences);
        }, classFiles);
    }

    static List<Path> classFiles() {
        try (Stream<Path> files = Files.list(CLASSES.resolve(PACKAGE.replace('.', '/')))) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sqlguard bugs reported in {@code sample} and its nested classes. */
    static List<BugInstance> bugsIn(String sample) {
        String name = PACKAGE + "." + sample;
        List<BugInstance> out = new ArrayList<>();
        for (BugInstance bug : bugs().getCollection()) {
            String owner = bug.getPrimaryClass().getClassName();
            if (bug.getType().startsWith("SQLGUARD_") && (owner.equals(name) || owner.startsWith(name + "$"))) {
                out.add(bug);
            }
        }
        return out;
    }

    /** {@code TYPE@line} of each bug, line -1 when the bug has none. */
    static String key(BugInstance bug) {
        return bug.getType() + "@" + bug.getPrimarySourceLineAnnotation().getStartLine();
    }

    /** {@code TYPE@line} of each marker in the sample's source. */
    static List<String> expected(String sample) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SOURCES.resolve(sample + ".java"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i).strip());
            if (m.find()) {
                int line = m.group(1) == null ? i + 1 : -1;
                for (String type : m.group(2).split(",")) {
                    out.add(type.strip() + "@" + line);
                }
            }
        }
        return out;
    }
}
