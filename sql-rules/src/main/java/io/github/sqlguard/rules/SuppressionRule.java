package io.github.sqlguard.rules;

import io.github.sqlguard.suppress.Suppression;
import io.github.sqlguard.suppress.Suppressions;
import java.util.Set;

/**
 * A rule that judges a file's suppression comments once the file's findings are known; comments are not in
 * bytecode.
 */
public non-sealed interface SuppressionRule extends Rule {

    /** Checks the comments of one file; {@code used} holds those that covered a finding. */
    void check(Suppressions suppressions, Set<Suppression> used, Reporter reporter);

    /** Where a rule puts what it finds. */
    @FunctionalInterface
    interface Reporter {
        void report(Suppression suppression, String message);
    }
}
