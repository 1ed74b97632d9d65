package io.github.sqlguard.settings;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.yaml.YamlMerges;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Spring YAML into flat settings ({@code spring: jpa: hibernate: ddl-auto: x} is
 * {@code spring.jpa.hibernate.ddl-auto}), one document after the other, each setting tagged with its document's
 * profile. The YAML is composed into nodes, never constructed into objects, with alias and nesting limits: an alias
 * bomb stops the file with a problem instead of exhausting memory.
 */
final class YamlFile {

    /** What was read before the file stopped being readable, and why it stopped (null if it did not). */
    record Result(List<Setting> settings, String problem) {
    }

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 100;
    static final int MAX_NODES = 100_000;

    private int visited;

    private YamlFile() {
    }

    static Result read(String text) {
        return new YamlFile().readAll(text);
    }

    private Result readAll(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMergeOnCompose(true);
        Yaml yaml = new Yaml(options);
        List<Setting> settings = new ArrayList<>();
        try {
            YamlMerges.Recursion recursion = YamlMerges.find(yaml, text);
            Iterator<Node> documents = yaml.composeAll(new StringReader(text)).iterator();
            for (int index = 0; documents.hasNext(); index++) {
                if (recursion != null && recursion.document() == index) {
                    return new Result(settings, "line " + (recursion.mark().getLine() + 1) + ": a merge key (<<)"
                            + " merges a mapping into itself, rest not read");
                }
                Node document = documents.next();
                List<Setting> found = new ArrayList<>();
                if (!walk(document, "", 0, new IdentityHashMap<>(), found)) {
                    settings.addAll(found);
                    return new Result(settings, "more than " + MAX_NODES + " YAML nodes, rest not read");
                }
                String profile = Setting.profileOf(found);
                for (Setting s : found) {
                    settings.add(profile == null ? s : s.inProfile(profile));
                }
            }
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(settings, message.strip().lines().findFirst().orElse("").strip());
        }
        return new Result(settings, null);
    }

    /** False when the node budget is spent. */
    private boolean walk(Node node, String path, int depth, Map<Node, Boolean> onPath, List<Setting> out) {
        if (node == null || depth > MAX_DEPTH || onPath.containsKey(node)) {
            return true;
        }
        if (++visited > MAX_NODES) {
            return false;
        }
        onPath.put(node, Boolean.TRUE);
        try {
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().equals("<<")) {
                        continue;
                    }
                    String keyPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    Node value = tuple.getValueNode();
                    if (value instanceof ScalarNode scalar) {
                        out.add(new Setting(keyPath, scalar.getValue().strip(), position(key.getStartMark()),
                                position(scalar.getEndMark())));
                    } else if (!walk(value, keyPath, depth + 1, onPath, out)) {
                        return false;
                    }
                }
            } else if (node instanceof SequenceNode sequence) {
                int i = 0;
                for (Node item : sequence.getValue()) {
                    if (!walk(item, path + "[" + i++ + "]", depth + 1, onPath, out)) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            onPath.remove(node);
        }
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
