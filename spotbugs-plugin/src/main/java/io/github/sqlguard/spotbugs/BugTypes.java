package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.Priorities;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.rules.RuleRegistry;
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
     * Rules that cannot fire on bytecode: suppression comments and settings files are not in class files. Their
     * bug types are not declared.
     */
    public static final Set<String> NOT_IN_BYTECODE = Set.of("unused-suppression", "destructive-schema-setting");

    private BugTypes() {
    }

    /** {@code SQLGUARD_} and the rule id in upper case, {@code _} for {@code -}. */
    public static String of(String ruleId) {
        return CATEGORY + "_" + ruleId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The rules this plugin reports, in registry order. */
    public static List<RuleMeta> reported() {
        return RuleRegistry.metas().stream().filter(m -> !NOT_IN_BYTECODE.contains(m.id())).toList();
    }

    /** True if the plugin declares a bug type for {@code ruleId}. */
    public static boolean reported(String ruleId) {
        return RuleRegistry.exists(ruleId) && !NOT_IN_BYTECODE.contains(ruleId);
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
