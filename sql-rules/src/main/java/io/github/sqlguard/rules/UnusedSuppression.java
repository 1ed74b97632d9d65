package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.suppress.Suppression;
import io.github.sqlguard.suppress.Suppressions;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A {@code sqlguard:ignore} comment that names no rule or an unknown one, suppresses nothing, or gives no reason;
 * judged once the file's findings are known.
 */
public final class UnusedSuppression implements SuppressionRule {

    public static final String ID = "unused-suppression";

    static final RuleMeta META = new RuleMeta(
            ID,
            "Stale or unexplained suppression",
            WARNING, WARNING,
            "A suppression that no longer matches a finding hides the next dangerous statement written on that"
                    + " line. A suppression without a reason tells the next reviewer nothing about why the statement"
                    + " is safe.",
            "Delete the stale comment, or give the reason after the rule ids.",
            "-- sqlguard:ignore drop-table\nDELETE FROM audit_log WHERE created_at < ?;",
            "-- sqlguard:ignore drop-table replaced by the archive table in V12\nDROP TABLE audit_log_old;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Suppressions suppressions, Set<Suppression> used, Predicate<String> enabled,
            Reporter reporter) {
        for (Suppression s : suppressions.list()) {
            List<String> unknown = s.rules().stream().filter(r -> !RuleRegistry.exists(r)).toList();
            if (s.rules().isEmpty()) {
                reporter.report(s, "This sqlguard:ignore names no rule. Write the rule ids to suppress and the"
                        + " reason: sqlguard:ignore drop-table <reason>.");
            } else if (!unknown.isEmpty()) {
                reporter.report(s, "This suppression names unknown rule " + String.join(", ", unknown)
                        + ". Use the ids listed in docs/rules.");
            } else if (!used.contains(s)) {
                // a suppression of rules this run switched off covers nothing because they are off, not stale
                if (s.rules().stream().anyMatch(enabled)) {
                    reporter.report(s, "This suppression of " + String.join(", ", s.rules())
                            + " matches no finding" + (s.wholeFile() ? " in this file" : " on this line or the next")
                            + ". Remove it so it cannot hide a new statement.");
                }
            } else if (s.reason().isEmpty()) {
                reporter.report(s, "This suppression of " + String.join(", ", s.rules())
                        + " gives no reason. Say why the statement is safe after the rule ids.");
            }
        }
    }
}
