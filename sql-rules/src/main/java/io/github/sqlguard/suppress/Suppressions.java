package io.github.sqlguard.suppress;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one file, in any comment syntax ({@code --}, {@code #}, {@code //}, {@code /* *}{@code /},
 * {@code <!-- -->}): {@code sqlguard:ignore <rule>[,<rule>] <reason>} on a statement's first line or the line above
 * (for SQL written inside code, from the line above that code on: above a Java call whose SQL argument starts on a
 * later line), {@code sqlguard:ignore-file <rule>[,<rule>] <reason>} for the whole file.
 */
public final class Suppressions {

    private static final Pattern MARKER = Pattern.compile(
            "sqlguard:ignore(-file)?(?:[ \\t]+([A-Za-z0-9_-]+(?:[ \\t]*,[ \\t]*[A-Za-z0-9_-]+)*))?(.*)");

    private final List<Suppression> suppressions;

    private Suppressions(List<Suppression> suppressions) {
        this.suppressions = suppressions;
    }

    /** False if {@code text} holds no suppression comment: {@link #parse} would find none. */
    public static boolean mayHold(String text) {
        return text.contains("sqlguard:ignore");
    }

    public static Suppressions parse(String text) {
        return parse(text, offset -> true);
    }

    /** The suppression comments of {@code text} whose marker stands where {@code allowed} accepts its offset. */
    public static Suppressions parse(String text, IntPredicate allowed) {
        if (!mayHold(text)) {
            return new Suppressions(List.of());
        }
        List<Suppression> found = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n';
            if (!end) {
                continue;
            }
            int contentEnd = i > lineStart && text.charAt(i - 1) == '\r' ? i - 1 : i;
            String content = text.substring(lineStart, contentEnd);
            int marker = content.indexOf("sqlguard:ignore");
            if (marker >= 0 && allowed.test(lineStart + marker)) {
                Matcher m = MARKER.matcher(content.substring(marker));
                if (m.matches()) {
                    List<String> rules = m.group(2) == null ? List.of()
                            : Arrays.stream(m.group(2).split(",")).map(String::trim).toList();
                    String reason = reason(m.group(3));
                    found.add(new Suppression(new Position(line, marker + 1), rules, reason, m.group(1) != null,
                            content.strip()));
                }
            }
            line++;
            lineStart = i + 1;
        }
        return new Suppressions(found);
    }

    /** The rest of the comment: a block comment's reason ends at its closer. */
    private static String reason(String rest) {
        int end = rest.length();
        for (String closer : new String[] {"*/", "-->"}) {
            int at = rest.indexOf(closer);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end).trim();
    }

    public boolean isEmpty() {
        return suppressions.isEmpty();
    }

    /** Every suppression comment, in text order. */
    public List<Suppression> list() {
        return suppressions;
    }

    /** The findings no suppression covers, and the suppressions that covered at least one. */
    public record Applied(List<Finding> kept, Set<Suppression> used) {
    }

    public Applied apply(List<Finding> findings) {
        return apply(findings, f -> f.start().line());
    }

    /** As {@link #apply(List)}, each finding written in code that starts on the line {@code codeLine} gives. */
    public Applied apply(List<Finding> findings, ToIntFunction<Finding> codeLine) {
        Set<Suppression> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Suppression by = null;
            for (Suppression s : suppressions) {
                if (s.covers(f.ruleId(), Math.min(codeLine.applyAsInt(f), f.start().line()), f.start().line())) {
                    by = s;
                    break;
                }
            }
            if (by == null) {
                kept.add(f);
            } else {
                used.add(by);
            }
        }
        return new Applied(kept, used);
    }
}
