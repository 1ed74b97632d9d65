package io.github.sqlguard.liquibase;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.sqlguard.core.Position;
import java.io.IOException;
import java.util.function.Consumer;

/** JSON changelogs, read with Jackson's streaming parser into a {@link Tree} that keeps every token's place. */
final class JsonChangelog {

    private static final int MAX_NESTING = 200;
    private static final int MAX_LENGTH = YamlChangelog.MAX_CODE_POINTS;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_LENGTH)
                    .maxDocumentLength(MAX_LENGTH)
                    .build())
            .build();

    private final LineIndex lines;

    private JsonChangelog(LineIndex lines) {
        this.lines = lines;
    }

    static void read(String content, Collector out) {
        JsonChangelog reader = new JsonChangelog(new LineIndex(content));
        Tree[] root = new Tree[1];
        try (JsonParser parser = FACTORY.createParser(content)) {
            parser.nextToken();
            reader.value(parser, t -> root[0] = t);
            if (parser.nextToken() != null) {
                out.problem(reader.position(parser.currentTokenLocation()).line(),
                        "unexpected content after the top-level JSON value");
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            out.problem(where == null ? 1 : reader.position(where).line(), "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            out.problem(1, "invalid JSON: " + e.getMessage());
        }
        if (root[0] != null && !TreeChangelog.read(root[0], out) && !out.hasProblems()) {
            out.problem(1, "no top-level databaseChangeLog key");
        }
    }

    /**
     * Reads the value at the current token. A container is handed to {@code sink} before its content is read, so a
     * file that breaks off still yields what came before the break.
     */
    private void value(JsonParser p, Consumer<Tree> sink) throws IOException {
        JsonLocation location = p.currentTokenLocation();
        Position at = position(location);
        JsonToken token = p.currentToken();
        if (token == null) {
            return;
        }
        switch (token) {
            case START_OBJECT -> {
                Tree.MapNode map = new Tree.MapNode(at);
                sink.accept(map);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Position keyAt = position(p.currentTokenLocation());
                    p.nextToken();
                    value(p, v -> map.entries.add(new Tree.Entry(key, keyAt, v)));
                }
                map.complete = true;
                Position close = position(p.currentTokenLocation());
                map.end = new Position(close.line(), close.column() + 1);
            }
            case START_ARRAY -> {
                Tree.ListNode list = new Tree.ListNode(at);
                sink.accept(list);
                for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    value(p, list.items::add);
                }
            }
            case VALUE_STRING -> {
                String text = p.getText();
                long offset = location.getCharOffset();
                sink.accept(new Tree.Scalar(at, text,
                        () -> offset < 0 || offset > Integer.MAX_VALUE ? null
                                : QuotedText.doubleQuoted(lines, (int) offset, text)));
            }
            case VALUE_NULL -> sink.accept(new Tree.Scalar(at, null, null));
            default -> sink.accept(new Tree.Scalar(at, p.getText(), null));
        }
    }

    private Position position(JsonLocation location) {
        if (location == null) {
            return Position.START;
        }
        long offset = location.getCharOffset();
        if (offset >= 0 && offset <= lines.text().length()) {
            return lines.position((int) offset);
        }
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
