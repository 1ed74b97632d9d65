package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.Priorities;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.rules.Rule;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.rules.StatementRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The SpotBugs face of sqlguard's rules: bug types, the category, priorities and ranks. */
public final class BugTypes {

    /** The bug category of every sqlguard bug pattern. */
    public static final String CATEGORY = "SQLGUARD";

    /** The bug code (abbreviation) of every sqlguard bug pattern. */
    public static final String CODE = "SQLGUARD";

    /**
     * The rules that see statements; the others judge settings files and suppression comments, which are not in
     * class files, and their bug types are not declared.
     */
    private static final List<RuleMeta> REPORTED = RuleRegistry.all().stream()
            .filter(StatementRule.class::isInstance).map(Rule::meta).toList();

    private BugTypes() {
    }

    /** {@code SQLGUARD_} and the rule id in upper case, {@code _} for {@code -}. */
    public static String of(String ruleId) {
        return CATEGORY + "_" + ruleId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The rules this plugin reports, in registry order. */
    public static List<RuleMeta> reported() {
        return REPORTED;
    }

    /** True if the plugin declares a bug type for {@code ruleId}. */
    public static boolean reported(String ruleId) {
        return RuleRegistry.byId(ruleId).filter(StatementRule.class::isInstance).isPresent();
    }

    /** error: high, warning: normal, note: low (hidden at SpotBugs' default threshold). */
    public static int priority(Severity severity) {
        return switch (severity) {
            case ERROR -> Priorities.HIGH_PRIORITY;
            case WARNING -> Priorities.NORMAL_PRIORITY;
            case NOTE -> Priorities.LOW_PRIORITY;
        };
    }

    /**
     * The bug rank of a pattern before SpotBugs adds its priority adjustment (high +0, normal +2, low +5): rules
     * that are errors in application code are among the scariest (1-4), warnings scary (5-9), notes of concern.
     */
    public static int rank(RuleMeta meta) {
        return switch (meta.application()) {
            case ERROR -> 3;
            case WARNING -> 8;
            case NOTE -> 15;
        };
    }
}
