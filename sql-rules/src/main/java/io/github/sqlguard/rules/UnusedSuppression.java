package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;

/**
 * A {@code sqlguard:ignore} comment that suppresses nothing or gives no reason. Reported by the suppression filter,
 * which alone knows which suppressions were used; this class carries the rule's metadata.
 */
public final class UnusedSuppression implements Rule {

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
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        // reported by the suppression filter
    }
}
