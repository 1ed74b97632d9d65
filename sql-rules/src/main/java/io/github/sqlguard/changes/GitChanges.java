package io.github.sqlguard.changes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of a git work tree since a ref: what a pull request adds to its base branch, plus anything not yet
 * committed.
 *
 * <p>This runs the {@code git} executable rather than a Java git library. The engine gains no dependency, and the
 * answers are exactly those of the git the CI job already uses: shallow clones, worktrees, partial clones and the
 * repository's own configuration all behave as they do for {@code git diff} on the command line. JGit would add
 * megabytes to the command-line jar and the plugin, and its support for shallow clones lags behind git's.
 *
 * <p>Steps: the ref must name a commit; the base is the merge base of {@code HEAD} and the ref (in a shallow clone
 * without a common commit, the ref itself); the changes are {@code git diff --unified=0 -M <base>}, the work tree
 * against the base, with renames detected so that a renamed file is not new; files that git does not track and does
 * not ignore are added files. Nothing is written to the repository.
 */
public final class GitChanges {

    private GitChanges() {
    }

    /**
     * The lines changed since {@code ref} in the work tree that holds {@code dir}.
     *
     * @throws ChangesException with a one-line message when git is missing, {@code dir} is in no work tree or the
     *                          ref does not exist
     */
    public static ChangedLines since(Path dir, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new ChangesException("no git ref given");
        }
        Path start = dir.toAbsolutePath().normalize();
        while (start != null && !Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start == null) {
            throw new ChangesException(dir + " is not in a git work tree");
        }
        Git.Result top = new Git(start).run("rev-parse", "--show-toplevel");
        if (!top.ok() || top.out().isBlank()) {
            throw new ChangesException(start + " is not in a git work tree (git: " + top.firstError() + ")");
        }
        Path topDir = Path.of(top.out().strip());
        Git git = new Git(topDir);

        String commit = commitOf(git, ref);
        Git.Result mergeBase = git.run("merge-base", "HEAD", commit);
        boolean found = mergeBase.ok() && !mergeBase.out().isBlank();
        String base = found ? mergeBase.out().strip() : commit;

        Git.Result diff = git.run("-c", "core.quotePath=false", "diff", "--unified=0", "-M", "--no-color",
                "--no-ext-diff", "--no-textconv", "--ignore-submodules", "--src-prefix=a/", "--dst-prefix=b/", base,
                "--");
        if (!diff.ok()) {
            throw new ChangesException("git diff " + ref + " failed: " + diff.firstError());
        }
        Map<String, FileChange> files = new LinkedHashMap<>();
        for (FileChange f : DiffParser.parse(diff.out())) {
            files.put(f.path(), f);
        }
        Git.Result untracked = git.run("ls-files", "--others", "--exclude-standard", "-z");
        if (!untracked.ok()) {
            throw new ChangesException("git ls-files failed: " + untracked.firstError());
        }
        for (String path : untracked.out().split("\0")) {
            if (!path.isEmpty()) {
                files.put(path, new FileChange(path, true, new BitSet()));
            }
        }
        return new ChangedLines(topDir, ref, base, found, new ArrayList<>(files.values()));
    }

    private static String commitOf(Git git, String ref) {
        if (!ref.startsWith("-")) {
            Git.Result commit = git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
            if (commit.ok() && !commit.out().isBlank()) {
                return commit.out().strip();
            }
        }
        throw new ChangesException("unknown git ref '" + ref + "' (fetch it first, e.g. " + fetchHint(git, ref)
                + ")");
    }

    /** {@code git fetch origin main} for {@code origin/main}: the remote named in the ref, else {@code origin}. */
    static String fetchHint(Git git, String ref) {
        String name = ref.startsWith("refs/remotes/") ? ref.substring("refs/remotes/".length())
                : ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
        int slash = name.indexOf('/');
        if (slash > 0 && slash < name.length() - 1) {
            Git.Result remotes = git.run("remote");
            List<String> known = remotes.ok() ? remotes.out().lines().map(String::strip).toList() : List.of();
            String remote = name.substring(0, slash);
            if (known.contains(remote) || remote.equals("origin")) {
                return "git fetch " + remote + " " + name.substring(slash + 1);
            }
        }
        return "git fetch origin " + name;
    }
}
