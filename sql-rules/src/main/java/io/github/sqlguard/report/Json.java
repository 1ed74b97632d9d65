package io.github.sqlguard.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sqlguard.core.JsonText;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** JSON helpers of the reports; the layout is {@link JsonText}'s. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void write(ObjectNode root, Writer out) throws IOException {
        JsonText.write(root, out);
    }

    static ObjectNode summary(ScanResult result) {
        ObjectNode summary = object();
        summary.put("files", result.files());
        summary.put("statements", result.statements());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("notes", result.count(Severity.NOTE));
        return summary;
    }
}
