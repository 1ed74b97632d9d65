package io.github.sqlguard.core;

import java.nio.file.Path;

/**
 * A file being scanned.
 *
 * @param path        where it is read from
 * @param displayPath the path shown in reports: relative to the scanned root, with {@code /} separators
 * @param context     where its SQL runs
 */
public record SourceFile(Path path, String displayPath, SourceContext context) {
}
