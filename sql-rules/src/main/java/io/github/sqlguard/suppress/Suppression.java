package io.github.sqlguard.suppress;

import io.github.sqlguard.core.Position;
import java.util.List;

/**
 * One {@code sqlguard:ignore} or {@code sqlguard:ignore-file} comment.
 *
 * @param at        where the comment's marker stands
 * @param rules     the rule ids it names
 * @param reason    why the statement is safe; empty when none was given
 * @param wholeFile {@code ignore-file}: it covers every line
 * @param text      the comment line, for reports
 */
public record Suppression(Position at, List<String> rules, String reason, boolean wholeFile, String text) {

    public boolean covers(String ruleId, int line) {
        return covers(ruleId, line, line);
    }

    /**
     * True if it covers a finding of {@code ruleId} whose statement starts on {@code line}, written in code that
     * starts on {@code codeLine} (a Java call above its SQL argument; else {@code line}): the comment stands on a
     * line from the one above the code to the statement's first.
     */
    public boolean covers(String ruleId, int codeLine, int line) {
        return rules.contains(ruleId) && (wholeFile || (at.line() >= codeLine - 1 && at.line() <= line));
    }
}
