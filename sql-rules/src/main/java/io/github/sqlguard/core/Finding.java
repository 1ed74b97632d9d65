package io.github.sqlguard.core;

import java.util.Comparator;

/**
 * One unsafe statement found.
 *
 * @param ruleId       stable rule id, e.g. {@code delete-without-where}
 * @param severity     severity after context and configuration
 * @param message      what the statement will do to which table, and the safe alternative
 * @param file         display path of the file, relative with {@code /}
 * @param start        first character of the statement
 * @param end          one past its last character
 * @param snippet      the statement as written (or as assembled), on one line
 * @param statementKey the statement normalized (case and white space folded): with rule, file and occurrence it makes
 *                     the fingerprint, which does not move when unrelated lines are inserted above
 * @param fingerprint  stable id of the finding across line shifts; empty until the scan assigns it
 */
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        String file,
        Position start,
        Position end,
        String snippet,
        String statementKey,
        String fingerprint) {

    /** Report order: file, line, column, rule; then message so that equal places still sort the same way. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::start)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::end);

    /** A builder for a finding of {@code ruleId}; the fingerprint is assigned later, by the scan. */
    public static Builder of(String ruleId) {
        return new Builder(ruleId);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, file, start, end, snippet, statementKey, fingerprint);
    }

    public Finding withFile(String newFile) {
        return new Finding(ruleId, severity, message, newFile, start, end, snippet, statementKey, fingerprint);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, message, file, start, end, snippet, statementKey, newFingerprint);
    }

    /** Builds a {@link Finding} by named parts; a part not given is empty (text) or the first position. */
    public static final class Builder {
        private final String ruleId;
        private Severity severity = Severity.ERROR;
        private String message = "";
        private String file = "";
        private Position start = new Position(1, 1);
        private Position end = new Position(1, 1);
        private String snippet = "";
        private String statementKey = "";

        private Builder(String ruleId) {
            this.ruleId = ruleId;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        /** The file, by its display path, and the span in it. */
        public Builder at(String displayPath, Position from, Position to) {
            this.file = displayPath;
            this.start = from;
            this.end = to;
            return this;
        }

        /** The statement on one line, as reports show it, and its normalized form for the fingerprint. */
        public Builder statement(String shown, String key) {
            this.snippet = shown;
            this.statementKey = key;
            return this;
        }

        public Finding build() {
            return new Finding(ruleId, severity, message, file, start, end, snippet, statementKey, "");
        }
    }
}
