package io.github.sqlguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.liquibase.Changelog;
import io.github.sqlguard.liquibase.ChangelogReader;

/**
 * Liquibase changelogs in XML, YAML and JSON: reading never throws, problems are one-line strings and never the
 * catch-all for an escaped exception, and the SQL read from them goes through the rules.
 */
class LiquibaseFuzzTest {

    @FuzzTest
    void xml(byte[] input) {
        read("db/changelog/fuzz.xml", input);
    }

    @FuzzTest
    void yaml(byte[] input) {
        read("db/changelog/fuzz.yaml", input);
    }

    @FuzzTest
    void json(byte[] input) {
        read("db/changelog/fuzz.json", input);
    }

    private static void read(String name, byte[] input) {
        String text = Fuzzing.text(input);
        ChangelogReader.isChangelog(name, text);
        Changelog changelog = ChangelogReader.read(Fuzzing.file(name, SourceContext.MIGRATION), text);
        Fuzzing.assertProblems(changelog.problems(), "changelog could not be read");
        Fuzzing.check(changelog.pieces());
    }
}
