package io.github.sqlguard.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Pretty-printed JSON the same on every machine: two-space indent, {@code \n}, keys in insertion order, a final
 * newline. Reports and the baseline file both use it, so that their diffs read the same way.
 */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER;

    static {
        MAPPER.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private JsonText() {
    }

    /** Writes {@code root} and a newline; flushes, does not close {@code out}. */
    public static void write(JsonNode root, Writer out) throws IOException {
        WRITER.writeValue(out, root);
        out.write("\n");
        out.flush();
    }

    /** The mapper used to read JSON back. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
