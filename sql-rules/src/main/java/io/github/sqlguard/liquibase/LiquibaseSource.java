package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.core.Hashes;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.liquibase.Changelog;
import io.github.sqlguard.liquibase.ChangelogReader;
import io.github.sqlguard.liquibase.ResourceRoots;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Liquibase XML, YAML and JSON changelogs; their includes and sqlFiles are scanned as migrations. Prepared for a
 * scan, it also finds included names in the resource roots of every module scanned.
 */
public final class LiquibaseSource implements Source {

    private final ResourceRoots roots;
    private final String stateKey;

    public LiquibaseSource() {
        this(ResourceRoots.NONE);
    }

    private LiquibaseSource(ResourceRoots roots) {
        this.roots = roots;
        this.stateKey = roots.isEmpty() ? "" : Hashes.sha256(roots.toString());
    }

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
    public Source prepare(List<Path> files) {
        return new LiquibaseSource(ResourceRoots.of(files));
    }

    @Override
    public String stateKey() {
        return stateKey;
    }

    @Override
    public void read(SourceFile file, String text, SourceOutput out) {
        Changelog changelog = ChangelogReader.read(file, text, roots);
        changelog.pieces().forEach(out::piece);
        changelog.problems().forEach(out::problem);
        for (Path reference : changelog.references()) {
            out.reference(reference);
        }
    }
}
