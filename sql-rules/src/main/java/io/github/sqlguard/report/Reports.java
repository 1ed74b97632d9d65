package io.github.sqlguard.report;

import io.github.sqlguard.core.Severity;
import java.util.List;
import java.util.Locale;

/** The report formats by name. */
public final class Reports {

    /** Every format name, in the order help texts list them. */
    public static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "markdown", "gitlab",
            "checkstyle", "junit", "html");

    private Reports() {
    }

    /** Whether a name (any case, white space around ignored) is one of {@link #FORMATS}. */
    public static boolean isFormat(String format) {
        return format != null && FORMATS.contains(format.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The file a format's report is written to in an output folder: {@code sqlguard.txt}, {@code sqlguard.json},
     * {@code sqlguard.sarif}, {@code sqlguard.md}, {@code sqlguard-codequality.json}, {@code sqlguard-checkstyle.xml},
     * {@code sqlguard-junit.xml}, {@code sqlguard.html}; null for {@code github}, whose workflow commands go to
     * standard output.
     */
    public static String fileName(String format) {
        String name = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "text" -> "sqlguard.txt";
            case "json" -> "sqlguard.json";
            case "sarif" -> "sqlguard.sarif";
            case "markdown" -> "sqlguard.md";
            case "gitlab" -> "sqlguard-codequality.json";
            case "checkstyle" -> "sqlguard-checkstyle.xml";
            case "junit" -> "sqlguard-junit.xml";
            case "html" -> "sqlguard.html";
            case "github" -> null;
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected "
                    + String.join(", ", FORMATS) + ")");
        };
    }

    /**
     * The report for a format name ({@code text}, {@code json}, {@code sarif}, {@code github}, {@code markdown},
     * {@code gitlab}, {@code checkstyle}, {@code junit}, {@code html}; any case); the JUnit report fails on errors.
     */
    public static Report forFormat(String format) {
        String name = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "text" -> new TextReport();
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport();
            case "github" -> new GithubReport();
            case "markdown" -> new MarkdownReport();
            case "gitlab" -> new GitlabReport();
            case "checkstyle" -> new CheckstyleReport();
            case "junit" -> new JunitReport(Severity.ERROR);
            case "html" -> new HtmlReport();
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected "
                    + String.join(", ", FORMATS) + ")");
        };
    }

    /**
     * The report for a format name in a run that fails on findings at or above {@code failOn} (null: never): the
     * JUnit report's failures are those findings; every other report is {@link #forFormat(String)}'s.
     */
    public static Report forFormat(String format, Severity failOn) {
        Report report = forFormat(format);
        return report instanceof JunitReport ? new JunitReport(failOn) : report;
    }
}
