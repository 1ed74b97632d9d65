package io.github.sqlguard.rules;

import java.util.Set;

/**
 * One rule: its metadata, and what it reads, said by the kind it is: a {@link StatementRule} sees SQL statements, a
 * {@link SettingRule} the settings of a configuration file, a {@link SuppressionRule} a file's suppression comments.
 */
public sealed interface Rule permits StatementRule, SettingRule, SuppressionRule {

    RuleMeta meta();

    /** Rules whose finding on the same statement this rule's finding replaces, being more specific. */
    default Set<String> supersedes() {
        return Set.of();
    }
}
