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

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, file, start, end, snippet, statementKey, fingerprint);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(ruleId, severity, message, file, start, end, snippet, statementKey, newFingerprint);
    }
}
