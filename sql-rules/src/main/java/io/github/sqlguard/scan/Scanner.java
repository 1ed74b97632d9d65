package io.github.sqlguard.scan;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Fingerprints;
import io.github.sqlguard.core.Hashes;
import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.engine.Engine;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * The file scan: selects files, gives each its context and the source that reads it, and hands what the source
 * yields to the {@link Engine} (statements → rules → suppression → findings); follows the files a migration runs and
 * keeps results in a cache. Reads files, writes nothing. Files are checked in parallel; the result is sorted, so the
 * same input gives the same output.
 */
public final class Scanner {

    private final ScanConfig config;
    private final Path baseDir;
    private final List<Source> sources;
    private final Engine engine;
    private final Globs includes;
    private final Globs excludes;
    private final PathContext pathContext;
    private Map<Path, Path> relativePaths = Map.of();
    private Path selectionBase;
    private ResultCache cache;
    private StatementListener listener;
    private Progress progress;
    private final AtomicInteger filesDone = new AtomicInteger();
    private volatile int filesToDo;

    /** Told of the files done, from the scan's threads; the total grows when migrations run more files. */
    @FunctionalInterface
    public interface Progress {
        void filesDone(int done, int total);
    }

    public Scanner(ScanConfig config, Path baseDir) {
        this(config, baseDir, Sources.all());
    }

    public Scanner(ScanConfig config, Path baseDir, List<Source> sources) {
        this.config = config;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.sources = List.copyOf(sources);
        this.engine = new Engine(config.rules(), config.environments());
        this.includes = Globs.of(config.includes());
        this.excludes = Globs.of(config.excludes());
        this.pathContext = new PathContext(config);
    }

    /**
     * Matches includes and excludes against paths relative to {@code base} (a Maven module) instead of the
     * default, each scanned directory.
     */
    public Scanner withSelectionBase(Path base) {
        this.selectionBase = base.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Loads what every source needs to read its files, whether or not this scan had any of them (for a class cache
     * that is recorded once and serves scans of any project).
     */
    public void loadEverySource() {
        sources.forEach(Source::loadNow);
    }

    /** Keeps per-file results in {@code cache} and reuses them for files whose bytes did not change. */
    public Scanner withCache(ResultCache resultCache) {
        this.cache = resultCache;
        return this;
    }

    /**
     * Tells {@code statementListener} of every file this scanner reads, with its text and its statements, from the
     * scan's threads. Files are then read again even when a cache holds their results.
     */
    public Scanner withStatementListener(StatementListener statementListener) {
        this.listener = statementListener;
        return this;
    }

    /** Tells {@code scanProgress} how many of the selected files are done, after each file. */
    public Scanner withProgress(Progress scanProgress) {
        this.progress = scanProgress;
        return this;
    }

    public ScanResult scan(List<Path> paths) {
        filesDone.set(0);
        filesToDo = 0;
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Path, Path> selected = new TreeMap<>();
        for (Path root : paths) {
            Path base = root.toAbsolutePath().normalize();
            Path dir = selectionBase != null ? selectionBase : Files.isDirectory(base) ? base : base.getParent();
            for (Path f : FileWalker.walk(List.of(root), problems)) {
                Path relative = dir == null ? f.getFileName() : dir.relativize(f);
                if (selected(relative)) {
                    selected.putIfAbsent(f, relative);
                }
            }
        }
        relativePaths = selected;
        List<Path> files = new ArrayList<>(selected.keySet());
        if (cache == null || cache.isEmpty()) {
            for (Source source : sources) {
                if (files.stream().anyMatch(f -> f.getFileName() != null
                        && source.accepts(f.getFileName().toString()))) {
                    source.warmUp();
                }
            }
        }
        List<Source> prepared = sources.stream().map(s -> s.prepare(files)).toList();
        Map<Path, FileOutcome> outcomes = new LinkedHashMap<>();
        runAll(files, Set.of(), outcomes, prepared);
        Set<Path> referenced = new TreeSet<>();
        while (true) {
            Set<Path> todo = new TreeSet<>();
            for (FileOutcome o : outcomes.values()) {
                for (Path ref : o.references) {
                    Path r = ref.toAbsolutePath().normalize();
                    FileOutcome known = outcomes.get(r);
                    if (referenced.add(r) && (known == null || known.context == SourceContext.APPLICATION)) {
                        todo.add(r);
                    }
                }
            }
            if (todo.isEmpty()) {
                break;
            }
            runAll(new ArrayList<>(todo), referenced, outcomes, prepared);
        }
        List<Finding> findings = new ArrayList<>();
        int statements = 0;
        List<String> scanned = new ArrayList<>();
        for (Map.Entry<Path, FileOutcome> e : outcomes.entrySet()) {
            FileOutcome o = e.getValue();
            findings.addAll(o.findings);
            problems.addAll(o.problems);
            statements += o.statements;
            if (o.scanned) {
                scanned.add(displayPath(e.getKey()));
            }
        }
        List<String> sortedProblems = new ArrayList<>(new TreeSet<>(problems));
        return new ScanResult(fingerprint(findings), sortedProblems, scanned.size(), statements, Filtering.NONE,
                scanned);
    }

    private void runAll(List<Path> files, Set<Path> migrations, Map<Path, FileOutcome> outcomes,
            List<Source> scanSources) {
        filesToDo += files.size();
        List<FileOutcome> results = files.parallelStream()
                .map(f -> done(process(f, migrations.contains(f), scanSources)))
                .toList();
        for (int i = 0; i < files.size(); i++) {
            outcomes.put(files.get(i), results.get(i));
        }
    }

    private FileOutcome process(Path file, boolean referencedByMigration, List<Source> scanSources) {
        FileOutcome outcome = new FileOutcome();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        List<Source> candidates = scanSources.stream().filter(s -> s.accepts(name)).toList();
        if (candidates.isEmpty() && !referencedByMigration) {
            return outcome;
        }
        String display = displayPath(file);
        SourceContext context = contextByPath(file, display);
        if (context == SourceContext.TEST && !config.includeTests()) {
            return outcome;
        }
        if (!referencedByMigration && candidates.stream().allMatch(s -> s.skips(file))) {
            outcome.scanned = true;
            return outcome;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            outcome.problems.add(display + ": cannot read (" + e.getClass().getSimpleName() + ")");
            return outcome;
        }
        String key = null;
        if (cache != null && listener == null) {
            key = cacheKey(display, context, referencedByMigration, bytes, candidates);
            ResultCache.Entry hit = cache.get(key);
            if (hit != null) {
                return FileOutcome.of(hit);
            }
        }
        if (TextFiles.isBinary(bytes)) {
            FileOutcome binary = new FileOutcome();
            binary.problems.add(display + ": binary content, not scanned");
            return remember(key, binary);
        }
        String text = TextFiles.decode(bytes);
        bytes = null; // a large file's bytes need not stay in memory while its statements are read
        return remember(key, read(file, name, display, context, text, candidates, referencedByMigration,
                scanSources));
    }

    private FileOutcome done(FileOutcome outcome) {
        if (progress != null) {
            progress.filesDone(filesDone.incrementAndGet(), filesToDo);
        }
        return outcome;
    }

    private FileOutcome remember(String key, FileOutcome computed) {
        if (key != null) {
            cache.put(key, computed.entry());
        }
        return computed;
    }

    private FileOutcome read(Path file, String name, String display, SourceContext initialContext, String text,
            List<Source> acceptingSources, boolean referencedByMigration, List<Source> scanSources) {
        FileOutcome outcome = new FileOutcome();
        SourceContext context = initialContext;
        List<Source> candidates = acceptingSources;
        if (candidates.isEmpty()) {
            candidates = List.of(Sources.SQL_SCRIPT);
        }
        Source source = candidates.stream().filter(s -> s.recognizes(name, text)).findFirst().orElse(null);
        if (source == null) {
            return outcome;
        }
        if (context == SourceContext.APPLICATION && (referencedByMigration || source.isMigration(name, text))) {
            context = SourceContext.MIGRATION;
        }
        outcome.context = context;
        outcome.scanned = true;
        SourceFile sourceFile = new SourceFile(file, display, context);
        List<Finding> findings = new ArrayList<>();
        List<SqlStatement> statements = new ArrayList<>();
        source.read(sourceFile, text, new SourceOutput() {
            @Override
            public void piece(SqlPiece piece) {
                statements.addAll(engine.read(piece));
            }

            @Override
            public void settings(Settings settings) {
                findings.addAll(engine.check(settings));
            }

            @Override
            public void problem(String message) {
                outcome.problems.add(message);
            }

            @Override
            public void reference(Path path) {
                outcome.references.add(path);
            }
        });
        if (listener != null) {
            listener.read(sourceFile, text, statements);
        }
        Map<Finding, Integer> codeLines = new IdentityHashMap<>();
        engine.check(statements, (statement, finding) -> {
            findings.add(finding);
            statement.piece().codeLine().ifPresent(line -> codeLines.put(finding, line));
        });
        outcome.statements = statements.size();
        IntPredicate markersAt = Suppressions.mayHold(text) ? source.suppressionsAt(text) : offset -> true;
        outcome.findings = engine.suppress(text, findings, sourceFile, markersAt,
                f -> codeLines.getOrDefault(f, f.start().line()));
        return outcome;
    }

    /** Includes and excludes match paths relative to the scanned directory. */
    private boolean selected(Path relative) {
        return (includes.isEmpty() || includes.matches(relative)) && !excludes.matches(relative);
    }

    /**
     * The context a file's path gives it: read from the path reports show, or, for a file outside the report base,
     * from its path in the scanned directory, so that the folders a project is checked out in never count.
     */
    private SourceContext contextByPath(Path file, String display) {
        boolean shownRelative = file.toAbsolutePath().normalize().startsWith(baseDir);
        Path relative = relativePaths.get(file);
        if (relative == null) {
            relative = shownRelative ? Path.of(display) : file.getFileName();
        }
        return pathContext.of(shownRelative ? display : relative.toString().replace('\\', '/'), relative);
    }

    String displayPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** Sorts findings and gives each a fingerprint from rule, file, statement and occurrence, not line. */
    static List<Finding> fingerprint(List<Finding> findings) {
        return Fingerprints.assign(findings);
    }

    /** The key of a file's cached result: what the result depends on, read by the sources that may read it. */
    private String cacheKey(String display, SourceContext context, boolean referencedByMigration, byte[] bytes,
            List<Source> readers) {
        StringBuilder key = new StringBuilder(Tool.version()).append('\0').append(display)
                .append('\0').append(context).append('\0').append(referencedByMigration).append('\0')
                .append(config.includeTests());
        new TreeMap<>(config.rules()).forEach((id, level) -> key.append('\0').append(id).append('=')
                .append(level.map(Severity::id).orElse("off")));
        key.append('\0').append(config.environments());
        for (Source source : readers) {
            key.append('\0').append(source.stateKey());
        }
        return Hashes.sha256(key.append('\0').append(Hashes.sha256(bytes)).toString());
    }

    private static final class FileOutcome {
        SourceContext context = SourceContext.APPLICATION;
        boolean scanned;
        int statements;
        List<Finding> findings = List.of();
        final List<String> problems = new ArrayList<>();
        final List<Path> references = new ArrayList<>();

        ResultCache.Entry entry() {
            return new ResultCache.Entry(context.name(), scanned, statements, findings, problems,
                    references.stream().map(Path::toString).toList());
        }

        static FileOutcome of(ResultCache.Entry entry) {
            FileOutcome o = new FileOutcome();
            o.context = SourceContext.valueOf(entry.context());
            o.scanned = entry.scanned();
            o.statements = entry.statements();
            o.findings = List.copyOf(entry.findings());
            o.problems.addAll(entry.problems());
            entry.references().forEach(r -> o.references.add(Path.of(r)));
            return o;
        }
    }
}
