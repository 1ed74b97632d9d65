package io.github.sqlguard.baseline;

import java.util.Comparator;

/**
 * One accepted finding in a baseline file. Matching uses the fingerprints only; rule, file, message and snippet are
 * there for the people who read the file and its diffs. There is no line number: a baseline must not change, nor stop
 * matching, when lines move.
 *
 * @param ruleId             rule of the finding
 * @param file               display path of its file when the baseline was written
 * @param fingerprint        {@link io.github.sqlguard.core.Finding#fingerprint()}: rule, file, statement, occurrence
 * @param contentFingerprint the same without the file, to recognize the finding after its file is renamed; may be
 *                           {@code null} in a hand-written entry
 * @param message            the finding's message, for humans; may be {@code null}
 * @param snippet            the statement, for humans; may be {@code null}
 */
public record BaselineEntry(
        String ruleId,
        String file,
        String fingerprint,
        String contentFingerprint,
        String message,
        String snippet) {

    /** File order of the baseline file: file, rule, fingerprint. */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::fingerprint)
            .thenComparing(BaselineEntry::contentFingerprint, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::snippet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BaselineEntry::message, Comparator.nullsFirst(Comparator.naturalOrder()));
}
