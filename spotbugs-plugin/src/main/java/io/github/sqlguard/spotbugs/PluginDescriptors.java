package io.github.sqlguard.spotbugs;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.RuleMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plugin's descriptors, rendered from the rule registry: {@code findbugs.xml} (detector and bug patterns),
 * {@code messages.xml} (descriptions and HTML details) and {@code bugrank.txt} (ranks). The files at the jar's root
 * are these renderings; a test fails when they drift from the registry.
 */
public final class PluginDescriptors {

    public static final String PLUGIN_ID = "io.github.sqlguard.spotbugs";
    public static final String FINDBUGS_XML = "findbugs.xml";
    public static final String MESSAGES_XML = "messages.xml";
    public static final String BUGRANK_TXT = "bugrank.txt";

    private static final String WEBSITE = "https://github.com/sqlguard/sqlguard";

    private PluginDescriptors() {
    }

    /** File name to content, for the three descriptors. */
    public static Map<String, String> render() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FINDBUGS_XML, findbugsXml());
        files.put(MESSAGES_XML, messagesXml());
        files.put(BUGRANK_TXT, bugrank());
        return files;
    }

    static String findbugsXml() {
        List<RuleMeta> rules = BugTypes.reported();
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!-- generated from sqlguard's rule registry by PluginDescriptors: do not edit -->\n");
        out.append("<FindbugsPlugin xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        out.append("                xsi:noNamespaceSchemaLocation=\"findbugsplugin.xsd\"\n");
        out.append("                pluginid=\"").append(PLUGIN_ID).append("\"\n");
        out.append("                defaultenabled=\"true\"\n");
        out.append("                provider=\"sqlguard\"\n");
        out.append("                website=\"").append(WEBSITE).append("\">\n");
        out.append("  <Detector class=\"").append(SqlSinkDetector.class.getName()).append("\" speed=\"fast\"\n");
        out.append("            reports=\"")
                .append(rules.stream().map(r -> BugTypes.of(r.id())).collect(Collectors.joining(",")))
                .append("\"/>\n");
        out.append("  <BugCategory category=\"").append(BugTypes.CATEGORY).append("\"/>\n");
        out.append("  <BugCode abbrev=\"").append(BugTypes.CODE).append("\"/>\n");
        for (RuleMeta r : rules) {
            out.append("  <BugPattern abbrev=\"").append(BugTypes.CODE).append("\" type=\"").append(BugTypes.of(r.id()))
                    .append("\" category=\"").append(BugTypes.CATEGORY).append("\"/>\n");
        }
        out.append("</FindbugsPlugin>\n");
        return out.toString();
    }

    static String messagesXml() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!-- generated from sqlguard's rule registry by PluginDescriptors: do not edit -->\n");
        out.append("<MessageCollection xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        out.append("                   xsi:noNamespaceSchemaLocation=\"messagecollection.xsd\">\n");
        out.append("  <Plugin>\n");
        out.append("    <ShortDescription>sqlguard: SQL that destroys data</ShortDescription>\n");
        out.append("    <Details>").append(cdata("<p>Flags SQL that destroys data before it reaches production: an"
                + " <code>UPDATE</code> or <code>DELETE</code> without <code>WHERE</code>, a <code>WHERE</code> that is"
                + " always true, <code>DROP</code> and <code>TRUNCATE</code>, destructive <code>ALTER</code>, a table"
                + " dropped and created again, and a <code>DROP</code> in an error path.</p><p>See <a href=\""
                + WEBSITE + "\">" + WEBSITE + "</a>.</p>")).append("</Details>\n");
        out.append("    <BugsUrl>").append(WEBSITE).append("/blob/main/docs/rules/README.md</BugsUrl>\n");
        out.append("    <AllBugsUrl>").append(WEBSITE).append("/blob/main/docs/rules/README.md</AllBugsUrl>\n");
        out.append("  </Plugin>\n");
        out.append("  <BugCategory category=\"").append(BugTypes.CATEGORY).append("\">\n");
        out.append("    <Description>SQL that destroys data (sqlguard)</Description>\n");
        out.append("    <Abbreviation>Q</Abbreviation>\n");
        out.append("    <Details>").append(cdata("<p>SQL statements that delete or overwrite rows, tables or"
                + " schemas: an unfiltered <code>DELETE</code> or <code>UPDATE</code>, <code>DROP</code>,"
                + " <code>TRUNCATE</code>, destructive <code>ALTER</code>.</p>")).append("</Details>\n");
        out.append("  </BugCategory>\n");
        out.append("  <Detector class=\"").append(SqlSinkDetector.class.getName()).append("\">\n");
        out.append("    <Details>").append(cdata("<p>Finds the SQL that reaches JDBC, Spring JdbcTemplate and"
                + " JdbcClient, R2DBC, JPA, Hibernate, JDBI and jOOQ calls (constants, concatenations, text blocks,"
                + " <code>StringBuilder</code> chains, <code>String.format</code>, locals) and in Spring Data"
                + " <code>@Query</code>, MyBatis and JDBI annotations, and checks it with sqlguard's rules.</p>"))
                .append("</Details>\n");
        out.append("  </Detector>\n");
        for (RuleMeta r : BugTypes.reported()) {
            out.append("  <BugPattern type=\"").append(BugTypes.of(r.id())).append("\">\n");
            out.append("    <ShortDescription>").append(escape(r.title())).append("</ShortDescription>\n");
            out.append("    <LongDescription>").append(escape(r.title())).append(" in {1}: {3} SQL: {2}")
                    .append("</LongDescription>\n");
            out.append("    <Details>").append(cdata(details(r))).append("</Details>\n");
            out.append("  </BugPattern>\n");
        }
        out.append("  <BugCode abbrev=\"").append(BugTypes.CODE).append("\">sqlguard</BugCode>\n");
        out.append("</MessageCollection>\n");
        return out.toString();
    }

    static String bugrank() {
        StringBuilder out = new StringBuilder();
        out.append("10 Category ").append(BugTypes.CATEGORY).append('\n');
        for (RuleMeta r : BugTypes.reported()) {
            out.append(BugTypes.rank(r)).append(" BugPattern ").append(BugTypes.of(r.id())).append('\n');
        }
        return out.toString();
    }

    /** Rationale (what happens to the rows), fix, a flagged and a clean example, severities and the rule page. */
    static String details(RuleMeta r) {
        StringBuilder out = new StringBuilder();
        out.append("\n<p>").append(inline(r.rationale())).append("</p>\n");
        out.append("<p><b>Fix:</b> ").append(inline(r.fix())).append("</p>\n");
        out.append("<p>Flagged:</p>\n<pre>").append(escape(r.bad())).append("</pre>\n");
        out.append("<p>Not flagged:</p>\n<pre>").append(escape(r.good())).append("</pre>\n");
        out.append("<p>Priority: ").append(priorityName(r.application())).append(" in application code, ")
                .append(priorityName(r.migration())).append(" in Flyway Java migrations. Rule <code>")
                .append(escape(r.id())).append("</code>: <a href=\"").append(escape(r.helpUri())).append("\">")
                .append(escape(r.helpUri())).append("</a></p>\n");
        if (r.id().equals("unparsable-sql")) {
            out.append("<p>Reported at low priority: shown only when the threshold is <code>Low</code>.</p>\n");
        }
        if (r.id().equals("conditional-where")) {
            out.append("<p>In bytecode this rule sees MyBatis <code>&lt;script&gt;</code> annotations only.</p>\n");
        }
        if (r.id().equals("fallback-drop")) {
            out.append("<p>In bytecode an error path is a <code>catch</code> handler or the copy of a"
                    + " <code>finally</code> block that runs when an exception is thrown.</p>\n");
        }
        return out.toString();
    }

    private static String priorityName(Severity s) {
        return switch (s) {
            case ERROR -> "high";
            case WARNING -> "normal";
            case NOTE -> "low";
        };
    }

    /** Escaped text whose {@code `code`} spans become {@code <code>}. */
    static String inline(String text) {
        String escaped = escape(text);
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '`') {
                out.append(open ? "</code>" : "<code>");
                open = !open;
            } else {
                out.append(c);
            }
        }
        if (open) {
            out.append("</code>");
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String cdata(String html) {
        return "<![CDATA[" + html.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
