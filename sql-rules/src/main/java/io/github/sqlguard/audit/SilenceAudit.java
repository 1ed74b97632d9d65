package io.github.sqlguard.audit;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.sql.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * An executable promise that nothing is passed silently: every destructive keyword sequence in the code of a SQL
 * file, found by a reading of its own ({@link AuditReading}, {@link DestructiveSequences}) that shares nothing with
 * the engine's lexer and splitter, must be judged, noted or exempt.
 *
 * <ul>
 *   <li><b>Judged</b>: a statement the engine read has the occurrence's verb (DROP with the object type for DROP
 *       TABLE, DATABASE and SCHEMA; TRUNCATE; DELETE; UPDATE; ALTER for DROP COLUMN) and the occurrence lies in its
 *       span, as the first of its family there that no statement inside it judged: of a statement the engine read as one
 *       {@code DROP TABLE a} that holds a second {@code DROP TABLE b}, only the first was judged, and in
 *       {@code WITH c AS (UPDATE a ...) UPDATE b ...} the statement carried inside judges the first UPDATE and the
 *       whole statement the second. An ALTER judges the DROP COLUMNs in it when
 *       the engine found dropped columns. A DELETE with a WHERE or a DROP of a temporary table gives no finding and
 *       is judged all the same.</li>
 *   <li><b>Noted</b>: not judged, but a finding of any rule (an {@code unparsable-sql} note among them) covers the
 *       occurrence's line. Weaker than judged: the user was shown that line, maybe for another statement.</li>
 *   <li><b>Exempt</b>: neither, and an {@link Exemption} applies.</li>
 *   <li><b>Silent</b>: none of these.</li>
 * </ul>
 */
public final class SilenceAudit {

    private SilenceAudit() {
    }

    /** The occurrences in {@code text}, in order, without verdicts. */
    public static List<Occurrence> occurrences(String text) {
        return DestructiveSequences.find(text);
    }

    /**
     * What became of each occurrence in {@code text}.
     *
     * @param judged   the statements the engine read in the text, offsets into it
     * @param findings the scan's findings in this file
     */
    public static FileAudit audit(String file, String text, List<Judged> judged, List<Finding> findings) {
        return audit(file, occurrences(text), judged, findings);
    }

    /** As {@link #audit(String, String, List, List)}, with the occurrences already found. */
    public static FileAudit audit(String file, List<Occurrence> occurrences, List<Judged> judged,
            List<Finding> findings) {
        boolean[] covered = new boolean[occurrences.size()];
        List<Judged> innermostFirst = new ArrayList<>(judged);
        innermostFirst.sort(java.util.Comparator.comparingInt(j -> j.end() - j.start()));
        for (Judged statement : innermostFirst) {
            int first = firstAtOrAfter(occurrences, statement.start());
            for (int i = first; i < occurrences.size() && occurrences.get(i).offset() < statement.end(); i++) {
                Occurrence o = occurrences.get(i);
                if (!o.family().matches(statement.verb(), statement.objectType())) {
                    continue;
                }
                if (statement.verb() == Verb.ALTER) {
                    covered[i] |= statement.dropsColumns();
                    continue;
                }
                if (!covered[i]) {
                    covered[i] = true;
                    break;
                }
            }
        }
        List<FileAudit.Audited> verdicts = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            verdicts.add(new FileAudit.Audited(o, covered[i] ? Verdict.JUDGED
                    : noted(o.line(), findings) ? Verdict.NOTED
                    : o.exemption() != null ? Verdict.EXEMPT
                    : Verdict.SILENT));
        }
        return new FileAudit(file, verdicts);
    }

    private static boolean noted(int line, List<Finding> findings) {
        for (Finding f : findings) {
            if (f.start().line() <= line && line <= f.end().line()) {
                return true;
            }
        }
        return false;
    }

    private static int firstAtOrAfter(List<Occurrence> occurrences, int offset) {
        int lo = 0;
        int hi = occurrences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (occurrences.get(mid).offset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
