package io.github.sqlguard.audit;

import java.util.List;

/**
 * The destructive occurrences of one file and what became of each.
 *
 * @param file     the file's display path
 * @param verdicts in the order of the file
 */
public record FileAudit(String file, List<Audited> verdicts) {

    public FileAudit {
        verdicts = List.copyOf(verdicts);
    }

    /** One occurrence and its verdict. */
    public record Audited(Occurrence occurrence, Verdict verdict) {
    }

    public List<Audited> silent() {
        return verdicts.stream().filter(a -> a.verdict() == Verdict.SILENT).toList();
    }
}
