package io.github.sqlguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.rules.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Every rule with its default severities, in registry order: as aligned text columns ({@code id application
 * migration title}) or as JSON ({@code version} and {@code rules}, each with id, application, migration, title and
 * helpUri).
 */
public final class RuleList {

    private static final List<String> HEADINGS = List.of("id", "application", "migration", "title");

    private RuleList() {
    }

    public static void writeText(Writer out) throws IOException {
        List<RuleMeta> metas = RuleRegistry.metas();
        int idWidth = HEADINGS.get(0).length();
        for (RuleMeta meta : metas) {
            idWidth = Math.max(idWidth, meta.id().length());
        }
        int applicationWidth = HEADINGS.get(1).length();
        int migrationWidth = HEADINGS.get(2).length();
        out.write(row(idWidth, applicationWidth, migrationWidth, HEADINGS));
        for (RuleMeta meta : metas) {
            out.write(row(idWidth, applicationWidth, migrationWidth,
                    List.of(meta.id(), meta.application().id(), meta.migration().id(), meta.title())));
        }
        out.flush();
    }

    public static void writeJson(Writer out) throws IOException {
        JsonGenerator json = Json.start(out);
        json.writeStartObject();
        json.writeStringField("version", Tool.version());
        json.writeArrayFieldStart("rules");
        for (RuleMeta meta : RuleRegistry.metas()) {
            json.writeStartObject();
            json.writeStringField("id", meta.id());
            json.writeStringField("application", meta.application().id());
            json.writeStringField("migration", meta.migration().id());
            json.writeStringField("title", meta.title());
            json.writeStringField("helpUri", meta.helpUri());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        Json.finish(json, out);
    }

    private static String row(int idWidth, int applicationWidth, int migrationWidth, List<String> cells) {
        return pad(cells.get(0), idWidth) + "  " + pad(cells.get(1), applicationWidth) + "  "
                + pad(cells.get(2), migrationWidth) + "  " + cells.get(3) + "\n";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
