package io.github.sqlguard.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule, in the order docs and reports list them. The single source of docs pages, SARIF rule descriptors and
 * SpotBugs bug patterns: adding a rule means adding its class here.
 */
public final class RuleRegistry {

    private static final List<Rule> RULES = List.of(
            new DeleteWithoutWhere(),
            new UpdateWithoutWhere(),
            new TautologicalWhere(),
            new DropTable(),
            new DropDatabase(),
            new DropSchema(),
            new TruncateTable(),
            new DropColumn(),
            new DropAndRecreate(),
            new FallbackDrop(),
            new ConditionalWhere(),
            new DestructiveSchemaSetting(),
            new RemoteMigrationUrl(),
            new CrossEnvironmentDatabase(),
            new UnparsableSql(),
            new UnusedSuppression());

    private static final Map<String, Rule> BY_ID = index();

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static List<RuleMeta> metas() {
        return RULES.stream().map(Rule::meta).toList();
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static RuleMeta meta(String id) {
        Rule rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id '" + id + "'");
        }
        return rule.meta();
    }

    public static boolean exists(String id) {
        return BY_ID.containsKey(id);
    }

    private static Map<String, Rule> index() {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            if (map.put(rule.meta().id(), rule) != null) {
                throw new IllegalStateException("duplicate rule id " + rule.meta().id());
            }
        }
        return map;
    }
}
