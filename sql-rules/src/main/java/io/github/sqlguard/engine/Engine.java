package io.github.sqlguard.engine;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Fingerprints;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.rules.DatabaseUrl;
import io.github.sqlguard.rules.EnvironmentWords;
import io.github.sqlguard.rules.Rule;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.rules.SettingRule;
import io.github.sqlguard.rules.StatementRule;
import io.github.sqlguard.rules.SuppressionRule;
import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlParser;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementReader;
import io.github.sqlguard.suppress.Suppression;
import io.github.sqlguard.suppress.Suppressions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * SQL pieces → statements → rules → suppression → findings, for every integration: the file scan and the SpotBugs
 * detector call it alike. Each rule sees what its kind reads (statements, settings, suppression comments). Knows
 * nothing about files on disk; safe to share between threads.
 */
public final class Engine {

    /** Per-statement parse time limit. */
    public static final long PARSE_TIMEOUT_MILLIS = 2_000;

    private static final String MARKER = "sqlguard:ignore";

    private final Map<String, Optional<Severity>> levels;
    private final EnvironmentWords environments;
    private final StatementReader reader = new StatementReader(new SqlParser(PARSE_TIMEOUT_MILLIS));
    private final List<StatementRule> statementRules;
    private final List<SettingRule> settingRules;
    private final List<SuppressionRule> suppressionRules;

    /** @param levels per rule id: a severity, or {@code Optional.empty()} to switch the rule off */
    public Engine(Map<String, Optional<Severity>> levels) {
        this(levels, EnvironmentWords.DEFAULT);
    }

    /**
     * @param levels       per rule id: a severity, or {@code Optional.empty()} to switch the rule off
     * @param environments the words that tell production from the other environments
     */
    public Engine(Map<String, Optional<Severity>> levels, EnvironmentWords environments) {
        this.levels = Map.copyOf(levels);
        this.environments = environments;
        List<Rule> enabled = RuleRegistry.all().stream().filter(r -> enabled(r.meta().id())).toList();
        this.statementRules = ofKind(enabled, StatementRule.class);
        this.settingRules = ofKind(enabled, SettingRule.class);
        this.suppressionRules = ofKind(enabled, SuppressionRule.class);
    }

    private static <R extends Rule> List<R> ofKind(List<Rule> rules, Class<R> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public boolean enabled(String ruleId) {
        Optional<Severity> level = levels.get(ruleId);
        return level == null || level.isPresent();
    }

    /** The severity of a finding of {@code ruleId} in {@code context}: a note in tests, else the configured one. */
    public Severity severity(String ruleId, SourceContext context) {
        if (context == SourceContext.TEST) {
            return Severity.NOTE;
        }
        Optional<Severity> level = levels.get(ruleId);
        return level != null && level.isPresent() ? level.get() : RuleRegistry.meta(ruleId).severityIn(context);
    }

    /** The statements of one piece: split, then parsed under the time bound or read lexically. */
    public List<SqlStatement> read(SqlPiece piece) {
        return reader.read(piece);
    }

    /**
     * Runs the statement rules on the statements of one file (or one class), which make its script. Each finding
     * is given with the statement it is about; a more specific rule's finding replaces the ones it supersedes, and
     * rules the statement's own piece suppresses are left out.
     */
    public void check(List<SqlStatement> statements, BiConsumer<SqlStatement, Finding> out) {
        Script script = new Script(statements);
        List<Finding> found = new ArrayList<>();
        for (SqlStatement statement : statements) {
            found.clear();
            Set<String> superseded = new HashSet<>();
            for (StatementRule rule : statementRules) {
                int before = found.size();
                rule.check(statement, script, (s, message) -> found.add(statementFinding(rule, s, message)));
                if (found.size() > before) {
                    superseded.addAll(rule.supersedes());
                }
            }
            Set<String> suppressed = statement.piece().suppressedRules();
            for (Finding f : found) {
                if (!superseded.contains(f.ruleId()) && !suppressed.contains(f.ruleId())) {
                    out.accept(statement, f);
                }
            }
        }
    }

    /** The statement rules' findings on the statements of one file, in the order they were found. */
    public List<Finding> check(List<SqlStatement> statements) {
        List<Finding> findings = new ArrayList<>();
        check(statements, (statement, finding) -> findings.add(finding));
        return findings;
    }

    /**
     * Checks SQL pieces that come from outside a file scan (tests, tools) as one script; no suppression comment
     * applies. The findings are sorted and fingerprinted as a scan's are.
     */
    public List<Finding> checkPieces(List<SqlPiece> pieces) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlPiece piece : pieces) {
            statements.addAll(read(piece));
        }
        return Fingerprints.assign(check(statements));
    }

    private Finding statementFinding(Rule rule, SqlStatement s, String message) {
        String id = rule.meta().id();
        return Finding.of(id)
                .severity(severity(id, s.piece().context()))
                .message(message)
                .at(s.piece().source().displayPath(), s.startPosition(), s.endPosition())
                .statement(s.piece().call().map(LibraryCall::call)
                        .orElseGet(() -> Snippets.snippet(s.piece().text(), s.startOffset(), s.endOffset())),
                        Snippets.key(s.sql()))
                .build();
    }

    /**
     * Runs the setting rules on the settings of one configuration file. Credentials in URLs are masked in what a
     * finding shows and keeps: a password never reaches a report, a baseline or a cache.
     */
    public List<Finding> check(Settings settings) {
        List<Finding> findings = new ArrayList<>();
        SourceFile file = settings.file();
        for (SettingRule rule : settingRules) {
            String id = rule.meta().id();
            rule.check(settings, environments, (Setting s, String message) -> {
                String snippet = DatabaseUrl.mask(s.snippet());
                findings.add(Finding.of(id)
                        .severity(severity(id, file.context()))
                        .message(DatabaseUrl.mask(message))
                        .at(file.displayPath(), s.start(), s.end())
                        .statement(snippet, id + ":" + snippet)
                        .build());
            });
        }
        return findings;
    }

    /**
     * The findings of one file that its {@code sqlguard:ignore} comments leave, followed by the suppression rules'
     * findings on those comments.
     */
    public List<Finding> suppress(String text, List<Finding> findings, SourceFile file) {
        return suppress(text, findings, file, offset -> true);
    }

    /** As {@link #suppress(String, List, SourceFile)}, with markers only where {@code markersAt} accepts them. */
    public List<Finding> suppress(String text, List<Finding> findings, SourceFile file, IntPredicate markersAt) {
        return suppress(text, findings, file, markersAt, f -> f.start().line());
    }

    /**
     * As {@link #suppress(String, List, SourceFile, IntPredicate)}, each finding written in code that starts on the
     * line {@code codeLine} gives (see {@link SqlPiece#codeLine()}).
     */
    public List<Finding> suppress(String text, List<Finding> findings, SourceFile file, IntPredicate markersAt,
            ToIntFunction<Finding> codeLine) {
        Suppressions suppressions = Suppressions.parse(text, markersAt);
        if (suppressions.isEmpty()) {
            return findings;
        }
        Suppressions.Applied applied = suppressions.apply(findings, codeLine);
        List<Finding> kept = new ArrayList<>(applied.kept());
        for (SuppressionRule rule : suppressionRules) {
            String id = rule.meta().id();
            rule.check(suppressions, applied.used(), this::enabled, (Suppression s, String message) -> kept.add(Finding.of(id)
                    .severity(severity(id, file.context()))
                    .message(message)
                    .at(file.displayPath(), s.at(), new Position(s.at().line(), s.at().column() + MARKER.length()))
                    .statement(Snippets.snippet(s.text()), Snippets.key(s.text()))
                    .build()));
        }
        return kept;
    }
}
