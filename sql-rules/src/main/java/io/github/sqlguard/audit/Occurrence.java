package io.github.sqlguard.audit;

/**
 * A destructive keyword sequence in code.
 *
 * @param family    what it is
 * @param words     the sequence as the audit names it, e.g. {@code DELETE FROM}, {@code UPDATE ... SET}
 * @param offset    where its first keyword starts in the text
 * @param line      that keyword's 1-based line
 * @param exemption why it needs no judging, or null
 */
public record Occurrence(Family family, String words, int offset, int line, Exemption exemption) {
}
