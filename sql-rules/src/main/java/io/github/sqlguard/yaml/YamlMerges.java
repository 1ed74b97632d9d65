package io.github.sqlguard.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Finds merge keys that merge a mapping into itself ({@code &a {x: 1, <<: *a}}) or into a mapping inside it. SnakeYAML
 * composing with merges never returns from such a document, so readers look for one, from the parser's events alone,
 * before they compose, and stop at the document that has it.
 */
public final class YamlMerges {

    /**
     * A merge key that refers to a mapping containing it.
     *
     * @param document the document it is in, counted from 0
     * @param mark     where its alias stands
     */
    public record Recursion(int document, Mark mark) {
    }

    /** One open mapping or sequence. */
    private static final class Open {
        final String anchor;
        final boolean mapping;
        /** A sequence that is the value of a merge key: its aliases are merged. */
        final boolean mergeList;
        boolean atKey = true;
        boolean mergeValue;

        Open(String anchor, boolean mapping, boolean mergeList) {
            this.anchor = anchor;
            this.mapping = mapping;
            this.mergeList = mergeList;
        }
    }

    private YamlMerges() {
    }

    /**
     * The first recursive merge in {@code text}, or null. Text that stops parsing before one is found gives null too:
     * composing it stops at the same place, with SnakeYAML's own message, after the documents before it.
     */
    public static Recursion find(Yaml yaml, String text) {
        if (!text.contains("<<")) {
            return null;
        }
        try {
            return scan(yaml, text);
        } catch (YAMLException e) {
            return null;
        }
    }

    private static Recursion scan(Yaml yaml, String text) {
        Deque<Open> open = new ArrayDeque<>();
        int document = -1;
        for (Event event : yaml.parse(new StringReader(text))) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    document++;
                    open.clear();
                }
                case MappingStart, SequenceStart -> {
                    Open parent = open.peek();
                    boolean mergeList = parent != null && parent.mapping && parent.mergeValue;
                    open.push(new Open(((CollectionStartEvent) event).getAnchor(),
                            event.is(Event.ID.MappingStart), mergeList));
                }
                case MappingEnd, SequenceEnd -> {
                    open.pop();
                    childDone(open.peek());
                }
                case Scalar -> {
                    Open parent = open.peek();
                    if (parent != null && parent.mapping && parent.atKey && isMergeKey((ScalarEvent) event)) {
                        parent.atKey = false;
                        parent.mergeValue = true;
                    } else {
                        childDone(parent);
                    }
                }
                case Alias -> {
                    Open parent = open.peek();
                    boolean merged = parent != null
                            && (parent.mapping ? !parent.atKey && parent.mergeValue : parent.mergeList);
                    String anchor = ((AliasEvent) event).getAnchor();
                    if (merged && open.stream().anyMatch(o -> anchor != null && anchor.equals(o.anchor))) {
                        return new Recursion(Math.max(0, document), event.getStartMark());
                    }
                    childDone(parent);
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static boolean isMergeKey(ScalarEvent scalar) {
        return Tag.MERGE.getValue().equals(scalar.getTag()) || (scalar.isPlain() && "<<".equals(scalar.getValue()));
    }

    /** A key or a value of {@code parent} is complete. */
    private static void childDone(Open parent) {
        if (parent == null || !parent.mapping) {
            return;
        }
        if (!parent.atKey) {
            parent.mergeValue = false;
        }
        parent.atKey = !parent.atKey;
    }
}
