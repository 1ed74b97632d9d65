package io.github.sqlguard.report;

import io.github.sqlguard.core.Finding;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding's statement cut in three around the words the rule is about: the dropped object, the {@code WHERE} that
 * is always true or can vanish, the setting's value, the word the parser stopped at. A statement whose whole text is
 * the problem (a {@code DELETE} or {@code UPDATE} without {@code WHERE}), or whose words cannot be found, is flagged
 * whole.
 *
 * @param before  the text before the flagged part
 * @param flagged the flagged part
 * @param after   the text after it
 */
record FlaggedPart(String before, String flagged, String after) {

    private static final String NAME = "(?:\\s+IF\\s+EXISTS)?(?:\\s+[^\\s;,(]+)?";

    private static final Pattern DROP_TABLE =
            words("\\bDROP\\s+(?:(?:TEMPORARY|TEMP|GLOBAL|LOCAL)\\s+)*TABLE\\b" + NAME);

    private static final Pattern WHERE = words("\\bWHERE\\b.*");

    private static final Map<String, Pattern> BY_RULE = Map.of(
            "drop-table", DROP_TABLE,
            "drop-and-recreate", DROP_TABLE,
            "drop-database", words("\\bDROP\\s+(?:DATABASE|ALL\\s+OBJECTS)\\b" + NAME),
            "drop-schema", words("\\bDROP\\s+SCHEMA\\b" + NAME + "(?:\\s+CASCADE)?"),
            "truncate-table", words("\\bTRUNCATE\\b(?:\\s+TABLE)?" + NAME),
            "drop-column", words("\\bDROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?[^\\s;,()]+|\\bSET\\s+UNUSED\\b.*"),
            "fallback-drop", words("\\b(?:DROP\\s+\\w+|TRUNCATE(?:\\s+TABLE)?|DELETE\\s+FROM)" + NAME),
            "tautological-where", WHERE,
            "conditional-where", WHERE,
            "unused-suppression", words("sqlguard:ignore(?:-file)?(?:\\s+[^\\s]+)?"));

    private static final Pattern SETTING_VALUE = Pattern.compile("[=:]\\s*(\\S.*)$");

    private static final Pattern STOPPED_AT = Pattern.compile("could not be parsed at `([^`]+)`(?:, after `([^`]+)`)?");

    /** The parts of {@code f}'s statement; the statement is flagged whole when the rule's words are not in it. */
    static FlaggedPart of(Finding f) {
        String statement = f.snippet() == null ? "" : f.snippet();
        int[] span = span(f, statement);
        if (span == null || span[0] >= span[1]) {
            return new FlaggedPart("", statement, "");
        }
        return new FlaggedPart(statement.substring(0, span[0]), statement.substring(span[0], span[1]),
                statement.substring(span[1]));
    }

    private static int[] span(Finding f, String statement) {
        if (f.ruleId().equals("destructive-schema-setting")) {
            Matcher m = SETTING_VALUE.matcher(statement);
            return m.find() ? new int[] {m.start(1), m.end(1)} : null;
        }
        if (f.ruleId().equals("unparsable-sql")) {
            return stoppedAt(f.message(), statement);
        }
        Pattern pattern = BY_RULE.get(f.ruleId());
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(statement);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** The word the message says the parser stopped at, found after the words it names before it. */
    private static int[] stoppedAt(String message, String statement) {
        Matcher m = STOPPED_AT.matcher(message == null ? "" : message);
        if (!m.find()) {
            return null;
        }
        String word = Pattern.quote(m.group(1));
        String context = m.group(2) == null ? "" : "(?<=" + Pattern.quote(m.group(2)) + "\\s{0,1})";
        Matcher at = Pattern.compile(context + word).matcher(statement);
        if (!at.find()) {
            at = Pattern.compile(word).matcher(statement);
            if (!at.find()) {
                return null;
            }
        }
        return new int[] {at.start(), at.end()};
    }

    private static Pattern words(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
