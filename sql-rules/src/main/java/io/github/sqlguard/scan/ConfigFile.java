package io.github.sqlguard.scan;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.EnvironmentWords;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a {@code .sqlguard.yml} file:
 *
 * <pre>
 * include-tests: false
 * rules:
 *   drop-table: warning      # error | warning | note | off
 * includes: ["src/main/**"]
 * excludes: ["**&#47;legacy/**"]
 * test-paths: ["qa/**"]            # test code besides the default folders
 * migration-paths: ["ops/sql/**"]  # migrations besides the default folders
 * environments:                    # words of environment names, hosts and databases
 *   production: [prod, production, prd, live, primary]
 *   other: [dev, develop, development, local, test, testing, qa, staging, stage]
 * </pre>
 *
 * <p>Every key is optional. Anything else (an unknown key or rule, a bad severity, a value of the wrong type, YAML
 * that does not parse) is a {@link ConfigException} naming the file and the key. Only plain YAML data is built: no
 * tags for Java types, few aliases, limited nesting and size.
 */
public final class ConfigFile {

    /** The file name looked for in the scanned directory. */
    public static final String NAME = ".sqlguard.yml";

    static final String INCLUDE_TESTS = "include-tests";
    static final String RULES = "rules";
    static final String INCLUDES = "includes";
    static final String EXCLUDES = "excludes";
    static final String TEST_PATHS = "test-paths";
    static final String MIGRATION_PATHS = "migration-paths";
    static final String ENVIRONMENTS = "environments";
    static final List<String> KEYS = List.of(INCLUDE_TESTS, RULES, INCLUDES, EXCLUDES, TEST_PATHS, MIGRATION_PATHS,
            ENVIRONMENTS);
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static final int MAX_CHARS = 1 << 20;

    private ConfigFile() {
    }

    /** The configuration in {@code file}; keys it does not set keep their defaults. */
    public static ScanConfig load(Path file) {
        return load(file, file.toString());
    }

    /** As {@link #load(Path)}, naming the file {@code name} in messages. */
    public static ScanConfig load(Path file, String name) {
        String text;
        try {
            if (Files.size(file) > MAX_CHARS) {
                throw new ConfigException(name + ": larger than " + MAX_CHARS + " bytes, not a configuration file");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        return parse(name, text);
    }

    /** The configuration in {@code text}, read from the file called {@code name} (used in messages). */
    public static ScanConfig parse(String name, String text) {
        Object root;
        try (Reader reader = new StringReader(text)) {
            root = yaml().load(reader);
        } catch (MarkedYAMLException e) {
            throw new ConfigException(name + where(e.getProblemMark()) + ": invalid YAML: " + firstLine(e.getProblem()),
                    e);
        } catch (YAMLException e) {
            throw new ConfigException(name + ": invalid YAML: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null) {
            return ScanConfig.DEFAULT;
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ConfigException(name + ": expected a mapping of keys (" + String.join(", ", KEYS) + "), found "
                    + describe(root));
        }
        boolean includeTests = false;
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        List<String> includes = List.of();
        List<String> excludes = List.of();
        List<String> testPaths = List.of();
        List<String> migrationPaths = List.of();
        EnvironmentWords environments = EnvironmentWords.DEFAULT;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || !KEYS.contains(key)) {
                throw new ConfigException(name + ": unknown key '" + e.getKey() + "' (known: " + String.join(", ", KEYS)
                        + ")");
            }
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            switch (key) {
                case INCLUDE_TESTS -> {
                    if (!(value instanceof Boolean b)) {
                        throw new ConfigException(name + ": key '" + key + "': expected true or false, found "
                                + describe(value));
                    }
                    includeTests = b;
                }
                case RULES -> rules = rules(name, value);
                case INCLUDES -> includes = globs(name, key, value);
                case EXCLUDES -> excludes = globs(name, key, value);
                case TEST_PATHS -> testPaths = globs(name, key, value);
                case MIGRATION_PATHS -> migrationPaths = globs(name, key, value);
                case ENVIRONMENTS -> environments = environments(name, value);
                default -> throw new IllegalStateException(key);
            }
        }
        return new ScanConfig(includeTests, rules, includes, excludes, testPaths, migrationPaths, environments);
    }

    /**
     * Parses {@code error|warning|note|off} (any case); {@code off} gives an empty optional.
     *
     * @see RuleLevels#level(String)
     */
    public static Optional<Severity> parseSetting(String text) {
        return RuleLevels.level(text);
    }

    private static Map<String, Optional<Severity>> rules(String name, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ConfigException(name + ": key 'rules': expected a mapping of rule id to error, warning, note or"
                    + " off, found " + describe(value));
        }
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (!(e.getKey() instanceof String) || !RuleLevels.known(id)) {
                throw new ConfigException(name + ": key 'rules." + id + "': unknown rule id '" + id + "' (known: "
                        + RuleLevels.knownIds() + ")");
            }
            if (!(e.getValue() instanceof String setting)) {
                throw new ConfigException(name + ": key 'rules." + id + "': expected error, warning, note or off,"
                        + " found " + describe(e.getValue()));
            }
            try {
                rules.put(id, RuleLevels.level(setting));
            } catch (RuleLevels.InvalidSetting ex) {
                throw new ConfigException(name + ": key 'rules." + id + "': " + ex.getMessage(), ex);
            }
        }
        return rules;
    }

    /**
     * {@code production} and {@code other}, each a list of words (lower-case letters) that replaces the
     * default list; a word may not be on both.
     */
    private static EnvironmentWords environments(String name, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ConfigException(name + ": key 'environments': expected a mapping with production and other,"
                    + " found " + describe(value));
        }
        List<String> production = EnvironmentWords.DEFAULT.production();
        List<String> other = EnvironmentWords.DEFAULT.other();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String side = String.valueOf(e.getKey());
            if (side.equals("production")) {
                production = words(name, side, e.getValue());
            } else if (side.equals("other")) {
                other = words(name, side, e.getValue());
            } else {
                throw new ConfigException(name + ": key 'environments." + side + "': unknown key (known: production,"
                        + " other)");
            }
        }
        for (String word : production) {
            if (other.contains(word)) {
                throw new ConfigException(name + ": key 'environments': '" + word + "' is both a production and an"
                        + " other word");
            }
        }
        return new EnvironmentWords(production, other);
    }

    private static List<String> words(String name, String side, Object value) {
        String key = "environments." + side;
        if (!(value instanceof List<?> list)) {
            throw new ConfigException(name + ": key '" + key + "': expected a list of words, found "
                    + describe(value));
        }
        if (list.isEmpty()) {
            throw new ConfigException(name + ": key '" + key + "': expected a list of words, found none");
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String word) || !WORD.matcher(word).matches()) {
                throw new ConfigException(name + ": key '" + key + "[" + i + "]': expected a word of lower-case"
                        + " letters, found " + describe(list.get(i)));
            }
            words.add(word);
        }
        return words;
    }

    private static List<String> globs(String name, String key, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new ConfigException(name + ": key '" + key + "': expected a list of globs, found " + describe(value));
        }
        List<String> globs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String glob) || glob.isBlank()) {
                throw new ConfigException(name + ": key '" + key + "[" + i + "]': expected a glob, found "
                        + describe(item));
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException ex) {
                throw new ConfigException(name + ": key '" + key + "[" + i + "]': bad glob '" + glob + "' ("
                        + firstLine(ex instanceof PatternSyntaxException p ? p.getDescription() : ex.getMessage())
                        + ")", ex);
            }
            globs.add(glob);
        }
        return globs;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARS);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new StrictResolver());
    }

    /**
     * YAML 1.1 resolution without the surprises: only {@code true}/{@code false} are booleans (so {@code off},
     * {@code no} and {@code yes} stay words) and dates stay strings.
     */
    private static final class StrictResolver extends Resolver {
        private static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        return String.valueOf(value);
    }

    private static String where(Mark mark) {
        return mark == null ? "" : ":" + (mark.getLine() + 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
