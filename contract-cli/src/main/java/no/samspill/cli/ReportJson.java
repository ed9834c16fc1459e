package no.samspill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** How the JSON and SARIF reports are written: the same bytes for the same findings, on any machine. */
final class ReportJson {

    private ReportJson() {}

    /** A mapper for the reports; the SARIF report adds its mix-ins to the builder. */
    static JsonMapper.Builder mapper() {
        // Every character outside ASCII is written as an escape (backslash, u, four hex digits): the
        // report then reads the same whatever encoding standard output has, and a character in a
        // file name (a bidirectional override) cannot rearrange what a terminal shows. Parsed, the
        // text is unchanged.
        return JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII);
    }

    /**
     * {@code value} as indented JSON with a final newline. The indenter's line end is fixed to
     * "\n" (Jackson's default is the platform's), so that the report is byte for byte the same on
     * Windows as on Linux.
     */
    static String write(ObjectMapper mapper, Object value) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ObjectWriter writer = mapper.writer(printer);
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            // The values are our own records and the library's model classes: a failure is a bug.
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }
}
