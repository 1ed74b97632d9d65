package io.github.sqlguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.sqlguard.core.JsonText;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The reports' JSON, written as it goes with Jackson's streaming generator (no tree, no object mapper) in
 * {@link JsonText}'s layout: two-space indent, {@code \n}, {@code "key": value}, empty containers as {@code {}} and
 * {@code []}, a final newline.
 */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultPrettyPrinter LAYOUT = layout();

    private Json() {
    }

    /** A generator writing to {@code out}; {@link #finish} ends the document. */
    static JsonGenerator start(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(LAYOUT.createInstance());
        return json;
    }

    /** Writes what the generator holds and the final newline; flushes, does not close {@code out}. */
    static void finish(JsonGenerator json, Writer out) throws IOException {
        json.close();
        out.write("\n");
        out.flush();
    }

    /** {@code "summary": {files, statements, errors, warnings, notes}}. */
    static void summary(JsonGenerator json, ScanResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", result.files());
        json.writeNumberField("statements", result.statements());
        json.writeNumberField("errors", result.count(Severity.ERROR));
        json.writeNumberField("warnings", result.count(Severity.WARNING));
        json.writeNumberField("notes", result.count(Severity.NOTE));
        json.writeEndObject();
    }

    private static DefaultPrettyPrinter layout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
