package io.github.sqlguard.rules;

import io.github.sqlguard.suppress.Suppression;
import io.github.sqlguard.suppress.Suppressions;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A rule that judges a file's suppression comments once the file's findings are known; comments are not in
 * bytecode.
 */
public non-sealed interface SuppressionRule extends Rule {

    /**
     * Checks the comments of one file; {@code used} holds those that covered a finding, {@code enabled} says which
     * rules the run checks.
     */
    void check(Suppressions suppressions, Set<Suppression> used, Predicate<String> enabled, Reporter reporter);

    /** Where a rule puts what it finds. */
    @FunctionalInterface
    interface Reporter {
        void report(Suppression suppression, String message);
    }
}
