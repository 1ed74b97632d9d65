package io.github.sqlguard.rules;

import io.github.sqlguard.core.Severity;
import java.util.List;

/** Renders rule metadata as Markdown: one page per rule and an index table. */
public final class RuleDocs {

    private RuleDocs() {
    }

    public static String page(RuleMeta meta) {
        return "# " + meta.id() + "\n\n"
                + "**" + meta.title() + "** — severity in application code: " + meta.application().id()
                + "; in migrations: " + meta.migration().id() + ".\n\n"
                + "## Why\n\n" + meta.rationale() + "\n\n"
                + "## Instead\n\n" + meta.fix() + "\n\n"
                + "## Flagged\n\n```" + fence(meta) + "\n" + meta.bad() + "\n```\n\n"
                + "## Not flagged\n\n```" + fence(meta) + "\n" + meta.good() + "\n```\n\n"
                + "## Suppress\n\n"
                + "```" + fence(meta) + "\n" + suppression(meta) + "\n```\n\n"
                + "Or switch the rule off or change its severity with `--rule " + meta.id()
                + "=off` on the command line, or in `.sqlguard.yml`:\n\n"
                + "```yaml\nrules:\n  " + meta.id() + ": " + lower(meta.application()) + "\n```\n";
    }

    public static String index(List<RuleMeta> metas) {
        StringBuilder sb = new StringBuilder("# sqlguard rules\n\n"
                + "| id | what it flags | application | migration |\n|---|---|---|---|\n");
        for (RuleMeta m : metas) {
            sb.append("| [`").append(m.id()).append("`](").append(m.id()).append(".md) | ").append(m.title())
                    .append(" | ").append(m.application().id()).append(" | ").append(m.migration().id())
                    .append(" |\n");
        }
        return sb.append("\nIn test code (scanned with `--include-tests`) every finding is a note.\n").toString();
    }

    /** The language a Markdown code block of the examples is marked with. */
    private static String fence(RuleMeta meta) {
        return meta.language().equals("pom") ? "xml" : meta.language();
    }

    private static String suppression(RuleMeta meta) {
        String marker = "sqlguard:ignore " + meta.id() + " <why this is safe>";
        return switch (meta.language()) {
            case "java" -> "// " + marker;
            case "xml", "pom" -> "<!-- " + marker + " -->";
            case "properties" -> "# " + marker;
            default -> "-- " + marker;
        };
    }

    private static String lower(Severity severity) {
        return severity == Severity.ERROR ? "warning" : "error";
    }
}
