package io.github.sqlguard.maven;

import java.nio.file.Path;

/**
 * The module scan of the goals, for the report goals: they extend maven-reporting's {@code AbstractMavenReport}, so
 * they cannot extend {@link AbstractScanMojo}; they set its parameters on one of these per project they cover. Not a
 * goal itself.
 */
final class ProjectScanner extends AbstractScanMojo {

    /** Where paths are shown from instead of the execution root; null for the execution root. */
    Path displayRoot;

    @Override
    Path executionRoot() {
        return displayRoot != null ? displayRoot : super.executionRoot();
    }

    @Override
    public void execute() {
        throw new UnsupportedOperationException("ProjectScanner is not a goal");
    }
}
