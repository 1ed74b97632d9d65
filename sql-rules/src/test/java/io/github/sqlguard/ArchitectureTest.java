package io.github.sqlguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form layers: each may use packages of lower layers only, so no package reaches up and no two
 * packages form a cycle. docs/architecture.md draws the same picture. A new package must be given a layer here.
 * Read from the sources, imports and fully qualified names alike; comments and strings do not count.
 */
class ArchitectureTest {

    /** Lowest first: contracts at the bottom, composition at the top. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("core"),
            Set.of("xml", "yaml", "suppress", "changes"),
            Set.of("sql"),
            Set.of("liquibase", "mybatis", "settings"),
            Set.of("java"),
            Set.of("rules"),
            Set.of("engine", "baseline"),
            Set.of("scan"),
            Set.of("audit", "report"));

    /** The integrations stand outside the engine; the engine never knows them. */
    private static final Set<String> INTEGRATIONS = Set.of("cli", "maven", "spotbugs", "bench");

    private static final Path SOURCES = Path.of("src/main/java/io/github/sqlguard");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.github\\.sqlguard\\.([a-z]+)\\.");

    @Test
    void everyPackageHasALayer() throws IOException {
        Set<String> layered = new TreeSet<>();
        LAYERS.forEach(layered::addAll);
        assertThat(new TreeSet<>(uses().keySet())).isSubsetOf(layered);
    }

    @Test
    void noPackageUsesOneOfItsOwnOrAHigherLayer() throws IOException {
        List<String> upward = new ArrayList<>();
        uses().forEach((from, targets) -> targets.forEach((to, file) -> {
            if (!INTEGRATIONS.contains(to) && layer(to) >= layer(from)) {
                upward.add(from + " -> " + to + " (" + file + ")");
            }
        }));
        assertThat(upward).as("uses that point sideways or up").isEmpty();
    }

    @Test
    void theEngineNeverUsesAnIntegration() throws IOException {
        List<String> found = new ArrayList<>();
        uses().forEach((from, targets) -> targets.forEach((to, file) -> {
            if (INTEGRATIONS.contains(to)) {
                found.add(from + " -> " + to + " (" + file + ")");
            }
        }));
        assertThat(found).isEmpty();
    }

    @Test
    void theLayersHaveNoCycleEvenWhereALayerWasMisassigned() throws IOException {
        Map<String, Map<String, String>> uses = uses();
        for (String start : uses.keySet()) {
            assertThat(reaches(uses, start, start, new TreeSet<>())).as("a cycle through " + start).isFalse();
        }
    }

    @Test
    void referencesInCommentsAndTextDoNotCount() {
        String source = "/** io.github.sqlguard.cli.A */ // io.github.sqlguard.maven.B\n"
                + "String s = \"io.github.sqlguard.spotbugs.C\"; char q = '\"'; io.github.sqlguard.core.Tool.version();";
        Matcher m = REFERENCE.matcher(code(source));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("core");
    }

    private static boolean reaches(Map<String, Map<String, String>> uses, String from, String target,
            Set<String> seen) {
        for (String next : uses.getOrDefault(from, Map.of()).keySet()) {
            if (next.equals(target) || (seen.add(next) && reaches(uses, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Per package, the other packages it uses, each with one file that does so. */
    private static Map<String, Map<String, String>> uses() throws IOException {
        Map<String, Map<String, String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Map<String, String> targets = uses.computeIfAbsent(pkg, p -> new TreeMap<>());
                Matcher m = REFERENCE.matcher(code(Files.readString(file, StandardCharsets.UTF_8)));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        targets.putIfAbsent(m.group(1), SOURCES.relativize(file).toString());
                    }
                }
            }
        }
        return uses;
    }

    /** The source without comments, string and character literals. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                boolean block = c == '"' && source.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                i += close.length();
                while (i < source.length() && !source.startsWith(close, i)) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i += close.length();
                out.append("\"\"");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
