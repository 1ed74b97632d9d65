package io.github.sqlguard.scan;

import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.liquibase.Changelog;
import io.github.sqlguard.liquibase.ChangelogReader;
import java.nio.file.Path;
import java.util.Locale;

/** Liquibase XML, YAML and JSON changelogs; their includes and sqlFiles are scanned as migrations. */
public final class LiquibaseSource implements Source {

    @Override
    public boolean accepts(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    @Override
    public boolean recognizes(String fileName, String text) {
        return ChangelogReader.isChangelog(fileName, text);
    }

    @Override
    public boolean isMigration(String fileName, String text) {
        return true;
    }

    @Override
    public void read(SourceFile file, String text, SourceSink sink) {
        Changelog changelog = ChangelogReader.read(file, text);
        changelog.pieces().forEach(sink::piece);
        changelog.problems().forEach(sink::problem);
        for (Path reference : changelog.references()) {
            sink.reference(reference);
        }
    }
}
