package io.github.sqlguard.report;

import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a scan result in one format. Output depends on the result alone: the same result gives the same characters,
 * with {@code \n} line endings, whatever the machine.
 */
public interface Report {

    /** The name used to ask for this format, e.g. {@code sarif}. */
    String format();

    /** Writes the report; does not close {@code out}. */
    void write(ScanResult result, Writer out) throws IOException;

    /** The report as a string. */
    default String render(ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
