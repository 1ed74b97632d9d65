package io.github.sqlguard.scan;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Lists the files under the scanned paths, sorted, without build output, VCS folders or link loops. */
final class FileWalker {

    /** Folders never scanned: build output and tool folders hold copies of sources, not sources. */
    static final Set<String> SKIPPED_FOLDERS = Set.of("target", "build", "node_modules", ".git", ".svn", ".hg",
            ".idea", ".gradle", ".mvn", "out", ".vscode");

    private FileWalker() {
    }

    static List<Path> walk(List<Path> roots, List<String> problems) {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.add(root + ": no such file or directory");
                continue;
            }
            if (Files.isRegularFile(root)) {
                files.add(root.toAbsolutePath().normalize());
                continue;
            }
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Visitor(root, files, problems));
            } catch (IOException e) {
                problems.add(root + ": cannot list (" + e.getMessage() + ")");
            }
        }
        return new ArrayList<>(files);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Set<Path> files;
        private final List<String> problems;

        Visitor(Path root, Set<Path> files, List<String> problems) {
            this.root = root;
            this.files = files;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            Path name = dir.getFileName();
            if (!dir.equals(root) && name != null && SKIPPED_FOLDERS.contains(name.toString())) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
                files.add(file.toAbsolutePath().normalize());
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                    : "cannot read (" + e.getClass().getSimpleName() + ")";
            problems.add(file + ": " + why);
            return FileVisitResult.CONTINUE;
        }
    }
}
