package io.github.sqlguard.rules;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.SourceContext;

/**
 * What a rule is, next to the rule itself: the single source of its docs page, SARIF descriptor and SpotBugs
 * message.
 *
 * @param id          stable public id, also the docs slug ({@code docs/rules/<id>.md})
 * @param title       one line
 * @param application severity in application code
 * @param migration   severity in migrations
 * @param rationale   why it matters, in a few sentences
 * @param fix         what to do instead
 * @param bad         an example that is flagged
 * @param good        a similar example that is not
 * @param language    what the examples are written in: {@code sql}, {@code java}, {@code xml} (a MyBatis mapper
 *                    body), {@code pom} (a pom's build plugins) or {@code properties}
 */
public record RuleMeta(
        String id,
        String title,
        Severity application,
        Severity migration,
        String rationale,
        String fix,
        String bad,
        String good,
        String language) {

    /** A rule whose examples are SQL. */
    public RuleMeta(String id, String title, Severity application, Severity migration, String rationale, String fix,
            String bad, String good) {
        this(id, title, application, migration, rationale, fix, bad, good, "sql");
    }

    public static final String DOCS_BASE = "https://github.com/sqlguard/sqlguard/blob/main/docs/rules/";

    public Severity severityIn(SourceContext context) {
        return switch (context) {
            case MIGRATION -> migration;
            case APPLICATION -> application;
            case TEST -> Severity.NOTE;
        };
    }

    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }
}
