package io.github.sqlguard.audit;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.scan.StatementListener;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.Verb;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Listens to a scan and keeps, of each {@code .sql} file it reads, the occurrences and the statements the engine
 * read (a {@code .sql} file is one piece, read verbatim, so statement offsets are offsets into its text); after the
 * scan, {@link #audit} judges them against the scan's findings. Files the scan does not read (left out by
 * configuration, test code without {@code --include-tests}) are not audited.
 */
public final class AuditCollector implements StatementListener {

    private record Read(List<Occurrence> occurrences, List<Judged> judged) {
    }

    /** The verbs of the statements that can judge an occurrence; the others are not kept. */
    private static final Set<Verb> DESTRUCTIVE = EnumSet.of(Verb.DROP, Verb.TRUNCATE, Verb.DELETE, Verb.UPDATE,
            Verb.ALTER);

    private final Map<String, Read> files = new ConcurrentHashMap<>();

    @Override
    public void read(SourceFile file, String text, List<SqlStatement> statements) {
        if (!file.displayPath().toLowerCase(Locale.ROOT).endsWith(".sql")) {
            return;
        }
        List<Judged> judged = new ArrayList<>();
        for (SqlStatement s : statements) {
            if (DESTRUCTIVE.contains(s.verb())) {
                judged.add(Judged.of(s));
            }
        }
        files.put(file.displayPath(), new Read(SilenceAudit.occurrences(text), judged));
    }

    /** The audit of every file read, sorted by path, against {@code findings} (all of the scan's, unfiltered). */
    public AuditReport audit(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        List<FileAudit> audits = new ArrayList<>();
        new TreeMap<>(files).forEach((file, read) -> audits.add(SilenceAudit.audit(file, read.occurrences(),
                read.judged(), byFile.getOrDefault(file, List.of()))));
        return new AuditReport(audits);
    }
}
