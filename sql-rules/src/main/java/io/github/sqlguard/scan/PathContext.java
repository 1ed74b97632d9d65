package io.github.sqlguard.scan;

import io.github.sqlguard.core.SourceContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files are test code and which are migrations, by path alone; content can still make a file a migration (a
 * Liquibase changelog). The default rules read the path as reports show it, whole folder names only; the
 * {@code test-paths} and {@code migration-paths} globs add to them and, like {@code includes}, match the path relative
 * to the scanned directory. Test code wins over migration.
 */
final class PathContext {

    /** Folders of a module, outside its source sets, that hold test code. */
    private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "it", "e2e");

    /**
     * Source sets ({@code src/<set>/}) of test code: Maven's {@code test} and {@code it}, Gradle's
     * {@code testFixtures}, {@code integrationTest}, {@code functionalTests}, {@code e2e-test} and the like.
     */
    private static final Pattern TEST_SOURCE_SET = Pattern.compile(
            "tests?|it|e2e|test[A-Z][\\w-]*|test-[\\w-]+|[\\w-]*[a-z0-9]Tests?|[\\w-]+-tests?");

    /** Folders whose files, of any kind, are migrations. */
    private static final Set<String> MIGRATION_TOOL_FOLDERS = Set.of("flyway", "liquibase");
    private static final Set<String> MIGRATION_DB_FOLDERS = Set.of("migration", "changelog");

    /** Folders whose SQL scripts are migrations: upgrades and patches, run once per database. */
    private static final Set<String> UPGRADE_FOLDERS = Set.of("upgrade", "upgrades", "patches", "migrations");

    /** Folders under {@code db/} or {@code sql/} whose SQL scripts create or drop a schema for operators. */
    private static final Set<String> INSTALL_FOLDERS = Set.of("create", "drop", "install", "uninstall");

    private static final Pattern FLYWAY_NAME = Pattern.compile(
            "(?i)([VU]\\d[\\w.]*__.*|R__.*|(before|after)(Each)?(Migrate|Clean|Validate|Info|Repair|Baseline|Undo)"
                    + "(Error|Operation|Applied)?(__.*)?|beforeConnect|afterConnect)\\.sql");

    /** {@code h2_engine_7.1_to_7.2.sql}, {@code 1.0-to-1.1.sql}: a step from one dotted version to the next. */
    private static final Pattern VERSION_STEP_NAME = Pattern.compile(
            "(?i).*\\d+(\\.\\d+)+[_-]to[_-]v?\\d+(\\.\\d+)+.*\\.sql");

    /** {@code upgrade-3.2.0.sql}, {@code mysql_patch_1_2.sql}: the word, then a version of two or more parts. */
    private static final Pattern UPGRADE_NAME = Pattern.compile(
            "(?i)(.*[_.-])?(upgrade|patch)[_-]?v?\\d+([._]\\d+)+([_.-].*)?\\.sql");

    private final Globs testPaths;
    private final Globs migrationPaths;

    PathContext(ScanConfig config) {
        this.testPaths = Globs.of(config.testPaths());
        this.migrationPaths = Globs.of(config.migrationPaths());
    }

    /**
     * The context of the file at {@code path} (as reports show it, {@code /}-separated), whose path relative to the
     * scanned directory is {@code relative}.
     */
    SourceContext of(String path, Path relative) {
        if (isTest(path) || testPaths.matches(relative)) {
            return SourceContext.TEST;
        }
        if (isMigration(path) || migrationPaths.matches(relative)) {
            return SourceContext.MIGRATION;
        }
        return SourceContext.APPLICATION;
    }

    /**
     * A test source set anywhere ({@code src/test/}, {@code src/integrationTest/}), or a folder named test, tests, it
     * or e2e before the first {@code src/} folder: in the module, not in a source set, where folders are packages and
     * resource folders. A Java file outside any {@code src/} folder is taken to be under a source root, its folders
     * packages.
     */
    static boolean isTest(String path) {
        List<String> folders = folders(path);
        int firstSrc = -1;
        for (int i = 0; i + 1 < folders.size(); i++) {
            if (folders.get(i).equals("src")) {
                firstSrc = firstSrc < 0 ? i : firstSrc;
                if (TEST_SOURCE_SET.matcher(folders.get(i + 1)).matches()) {
                    return true;
                }
            }
        }
        int moduleFolders = firstSrc >= 0 ? firstSrc : path.endsWith(".java") ? 0 : folders.size();
        for (int i = 0; i < moduleFolders; i++) {
            if (TEST_FOLDERS.contains(folders.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Flyway and Liquibase folders and Flyway file names; for SQL scripts also upgrade and patch folders and names,
     * and the create, drop and install folders of {@code db/} and {@code sql/}. Folder names in any case.
     */
    static boolean isMigration(String path) {
        List<String> folders = folders(path.toLowerCase(Locale.ROOT));
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean sql = name.regionMatches(true, name.length() - 4, ".sql", 0, 4);
        for (int i = 0; i < folders.size(); i++) {
            String folder = folders.get(i);
            String next = i + 1 < folders.size() ? folders.get(i + 1) : "";
            if (MIGRATION_TOOL_FOLDERS.contains(folder) || folder.equals("db") && MIGRATION_DB_FOLDERS.contains(next)) {
                return true;
            }
            if (sql && (UPGRADE_FOLDERS.contains(folder)
                    || (folder.equals("db") || folder.equals("sql")) && INSTALL_FOLDERS.contains(next))) {
                return true;
            }
        }
        return sql && (FLYWAY_NAME.matcher(name).matches() || VERSION_STEP_NAME.matcher(name).matches()
                || UPGRADE_NAME.matcher(name).matches());
    }

    /** The folders of a {@code /}-separated path, without its file name. */
    private static List<String> folders(String path) {
        String[] parts = path.split("/");
        return Arrays.asList(parts).subList(0, Math.max(0, parts.length - 1));
    }
}
