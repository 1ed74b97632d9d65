package io.github.sqlguard.audit;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The audit of a scan's SQL files, sorted by file and line. */
public record AuditReport(List<FileAudit> files) {

    public AuditReport {
        files = List.copyOf(files);
    }

    public long count(Verdict verdict) {
        return files.stream().flatMap(f -> f.verdicts().stream()).filter(a -> a.verdict() == verdict).count();
    }

    public boolean silent() {
        return count(Verdict.SILENT) > 0;
    }

    /**
     * One line per silent occurrence ({@code path:line: DROP TABLE not judged}), or with {@code everything} per
     * occurrence whatever its verdict; then a summary line, and one line per family found.
     */
    public void write(PrintWriter out, boolean everything) {
        Map<Family, long[]> counts = new EnumMap<>(Family.class);
        long total = 0;
        for (FileAudit file : files) {
            for (FileAudit.Audited a : file.verdicts()) {
                Occurrence o = a.occurrence();
                counts.computeIfAbsent(o.family(), k -> new long[Verdict.values().length])[a.verdict().ordinal()]++;
                total++;
                if (everything || a.verdict() == Verdict.SILENT) {
                    out.println(file.file() + ":" + o.line() + ": " + o.words() + " " + describe(a));
                }
            }
        }
        out.println("sqlguard audit: " + total + " destructive statement" + (total == 1 ? "" : "s") + " in "
                + files.size() + " SQL file" + (files.size() == 1 ? "" : "s") + ": " + tally(new long[] {
                    count(Verdict.JUDGED), count(Verdict.NOTED), count(Verdict.EXEMPT), count(Verdict.SILENT)}));
        counts.forEach((family, c) -> out.println("sqlguard audit: " + family.label() + " "
                + (c[0] + c[1] + c[2] + c[3]) + ": " + tally(c)));
    }

    private static String describe(FileAudit.Audited a) {
        return switch (a.verdict()) {
            case JUDGED -> "judged";
            case NOTED -> "noted";
            case EXEMPT -> "exempt (" + a.occurrence().exemption().reason() + ")";
            case SILENT -> "not judged";
        };
    }

    private static String tally(long[] c) {
        return c[0] + " judged, " + c[1] + " noted, " + c[2] + " exempt, " + c[3] + " silent";
    }
}
