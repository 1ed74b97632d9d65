package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.yaml.YamlMerges;
import java.io.StringReader;
import java.util.Iterator;
import java.util.function.Supplier;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.AnchorNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** YAML changelogs, composed to nodes (never constructed to objects) so that every value keeps its line. */
final class YamlChangelog {

    static final int MAX_CODE_POINTS = 50 * 1024 * 1024;
    private static final int MAX_NESTING = 100;
    private static final int MAX_ALIASES = 50;

    private final LineIndex lines;
    private long budget;

    private YamlChangelog(LineIndex lines) {
        this.lines = lines;
        this.budget = 2L * lines.text().length() + 10_000;
    }

    /** Anchors and aliases can make a small file describe a huge tree; this stops the conversion. */
    private static final class TooBig extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Mark mark;

        TooBig(String message, Mark mark) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }

    static void read(String content, Collector out) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(true);
        options.setWarnOnDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMergeOnCompose(true);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        YamlChangelog reader = new YamlChangelog(new LineIndex(content));
        boolean found = false;
        try {
            YamlMerges.Recursion recursion = YamlMerges.find(yaml, content);
            Iterator<Node> documents = yaml.composeAll(new StringReader(content)).iterator();
            for (int index = 0; documents.hasNext(); index++) {
                if (recursion != null && recursion.document() == index) {
                    out.problem(recursion.mark().getLine() + 1, "a merge key (<<) merges a mapping into itself;"
                            + " the rest of the file is not read");
                    return;
                }
                Node document = documents.next();
                if (document != null) {
                    found |= TreeChangelog.read(reader.convert(document, 0), out);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            out.problem(mark == null ? 1 : mark.getLine() + 1, "invalid YAML: " + problemText(e));
            return;
        } catch (TooBig e) {
            out.problem(e.mark == null ? 1 : e.mark.getLine() + 1, e.getMessage());
            return;
        } catch (YAMLException e) {
            out.problem(1, "invalid YAML: " + e.getMessage());
            return;
        }
        if (!found) {
            out.problem(1, "no top-level databaseChangeLog key");
        }
    }

    private static String problemText(MarkedYAMLException e) {
        String context = e.getContext();
        String problem = e.getProblem();
        if (problem == null) {
            return e.getMessage();
        }
        return context == null ? problem : context + ": " + problem;
    }

    private Tree convert(Node node, int depth) {
        if (--budget < 0) {
            throw new TooBig("the YAML expands to too many nodes (aliases)", node.getStartMark());
        }
        if (depth > MAX_NESTING) {
            throw new TooBig("the YAML nests too deep (aliases)", node.getStartMark());
        }
        while (node instanceof AnchorNode anchor) {
            node = anchor.getRealNode();
        }
        Position at = position(node.getStartMark());
        if (node instanceof MappingNode mapping) {
            Tree.MapNode map = new Tree.MapNode(at);
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                String name = key instanceof ScalarNode s ? s.getValue() : null;
                map.entries.add(new Tree.Entry(name, position(key.getStartMark()), convert(tuple.getValueNode(), depth + 1)));
            }
            map.complete = true;
            map.end = end(node);
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            Tree.ListNode list = new Tree.ListNode(at);
            for (Node item : sequence.getValue()) {
                list.items.add(convert(item, depth + 1));
            }
            return list;
        }
        ScalarNode scalar = (ScalarNode) node;
        if (Tag.NULL.equals(scalar.getTag())) {
            return new Tree.Scalar(at, null, null);
        }
        Supplier<PositionMap> exact = () -> exact(scalar);
        return new Tree.Scalar(at, scalar.getValue(), exact);
    }

    /**
     * One past the last character of {@code node} that is not white space: a block mapping's end mark stands where
     * the content after it begins.
     */
    private Position end(Node node) {
        Mark mark = node.getEndMark();
        if (mark == null) {
            return null;
        }
        String text = lines.text();
        int end = lines.offset(mark.getLine(), mark.getColumn());
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return lines.position(end);
    }

    private Position position(Mark mark) {
        if (mark == null) {
            return Position.START;
        }
        return lines.position(lines.offset(mark.getLine(), mark.getColumn()));
    }

    /** Maps a scalar's value to the file when it is a copy of the file's text; null otherwise. */
    private PositionMap exact(ScalarNode scalar) {
        Mark start = scalar.getStartMark();
        Mark end = scalar.getEndMark();
        if (start == null || end == null) {
            return null;
        }
        int offset = lines.offset(start.getLine(), start.getColumn());
        String value = scalar.getValue();
        return switch (scalar.getScalarStyle()) {
            case PLAIN -> start.getLine() == end.getLine() && lines.text().startsWith(value, offset)
                    ? PositionMap.verbatim(value, lines.position(offset))
                    : null;
            case SINGLE_QUOTED -> QuotedText.singleQuoted(lines, offset, value);
            case DOUBLE_QUOTED -> QuotedText.doubleQuoted(lines, offset, value);
            case LITERAL, FOLDED -> block(start.getLine() + 1, value);
            default -> null;
        };
    }

    /**
     * A block scalar's lines start on the line after its indicator, each indented the same; an empty line of the
     * value may be shorter. The map is built line by line and only when every line matches the file.
     */
    private PositionMap block(int firstLine, String value) {
        String[] valueLines = value.split("\n", -1);
        int count = value.endsWith("\n") ? valueLines.length - 1 : valueLines.length;
        int indent = -1;
        for (int i = 0; i < count && indent < 0; i++) {
            if (!valueLines[i].isEmpty()) {
                String raw = lines.line(firstLine + i);
                if (!raw.endsWith(valueLines[i]) || !raw.substring(0, raw.length() - valueLines[i].length()).isBlank()) {
                    return null;
                }
                indent = raw.length() - valueLines[i].length();
            }
        }
        if (indent < 0) {
            return null;
        }
        PositionMap.Segments map = PositionMap.segments();
        for (int i = 0; i < count; i++) {
            int line = firstLine + i;
            if (line >= lines.lineCount()) {
                return null;
            }
            String raw = lines.line(line);
            String text = valueLines[i];
            boolean matches = text.isEmpty()
                    ? raw.isBlank()
                    : raw.length() == indent + text.length() && raw.startsWith(text, indent)
                            && raw.substring(0, indent).isBlank();
            if (!matches) {
                return null;
            }
            String segment = i + 1 < valueLines.length ? text + "\n" : text;
            map.add(segment.length(), PositionMap.verbatim(segment, new Position(line + 1, indent + 1)));
        }
        return map.length() == value.length() ? map : null;
    }
}
