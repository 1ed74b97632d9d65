package io.github.sqlguard.audit;

/** What became of one destructive occurrence in the scan. */
public enum Verdict {
    /** A statement the engine read, with the occurrence's verb, begins with it or holds it first. */
    JUDGED,
    /** No such statement, but a finding covers its line: the user was shown something there. */
    NOTED,
    /** Neither, and an {@link Exemption} says why that is right. */
    EXEMPT,
    /** Neither judged, noted nor exempt: passed silently. */
    SILENT
}
