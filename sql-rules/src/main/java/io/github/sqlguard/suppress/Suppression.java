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
        return rules.contains(ruleId) && (wholeFile || line == at.line() || line == at.line() + 1);
    }
}
