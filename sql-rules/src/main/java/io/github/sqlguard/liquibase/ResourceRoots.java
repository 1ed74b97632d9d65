package io.github.sqlguard.liquibase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classpath roots of a scanned project: each {@code src/main/resources} and {@code src/test/resources} folder
 * that holds a scanned file, in any module. A name that is not relative to its changelog and is not found from the
 * changelog's own place is looked up in each main root; a changelog under {@code src/test/resources} also looks in
 * each test root, as tests run with both on the classpath. Found once per scan, from the paths alone.
 */
public final class ResourceRoots {

    public static final ResourceRoots NONE = new ResourceRoots(List.of(), List.of());

    private final List<Path> main;
    private final List<Path> test;

    private ResourceRoots(List<Path> main, List<Path> test) {
        this.main = List.copyOf(main);
        this.test = List.copyOf(test);
    }

    public static ResourceRoots of(Collection<Path> files) {
        Set<Path> main = new TreeSet<>();
        Set<Path> test = new TreeSet<>();
        Set<Path> seen = new HashSet<>();
        for (Path file : files) {
            Path dir = file.toAbsolutePath().normalize().getParent();
            if (dir == null || !seen.add(dir)) {
                continue;
            }
            for (int i = dir.getNameCount() - 1; i >= 2; i--) {
                if (name(dir, i, "resources") && name(dir, i - 2, "src")
                        && (name(dir, i - 1, "main") || name(dir, i - 1, "test"))) {
                    (name(dir, i - 1, "main") ? main : test).add(dir.getRoot().resolve(dir.subpath(0, i + 1)));
                    break;
                }
            }
        }
        return new ResourceRoots(new ArrayList<>(main), new ArrayList<>(test));
    }

    private static boolean name(Path dir, int index, String expected) {
        return dir.getName(index).toString().equals(expected);
    }

    /** The roots a changelog at {@code changelog} can find names in, in a fixed order. */
    List<Path> of(Path changelog) {
        if (changelog == null || test.isEmpty()) {
            return main;
        }
        Path at = changelog.toAbsolutePath().normalize();
        if (test.stream().noneMatch(at::startsWith)) {
            return main;
        }
        List<Path> both = new ArrayList<>(main);
        both.addAll(test);
        return both;
    }

    public boolean isEmpty() {
        return main.isEmpty() && test.isEmpty();
    }

    /** The roots, one a line: what resolving depends on besides the files themselves. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        main.forEach(p -> out.append("main ").append(p).append('\n'));
        test.forEach(p -> out.append("test ").append(p).append('\n'));
        return out.toString();
    }
}
