package no.samspill.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.samspill.AcceptedWarning;
import no.samspill.Problem;

/**
 * {@code samspill validate --format json}: the findings as one JSON object, described by
 * {@code docs/findings.schema.json}. Its fields are a published format: add fields, never rename
 * or remove one without raising {@link #VERSION}.
 */
final class JsonReport {

    /** The version of the report's format, which the schema fixes. */
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = ReportJson.mapper().build();

    private JsonReport() {}

    /** The report: the files in the order given, then every finding, then every accepted warning. */
    static String of(ValidationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("strict", report.strict());
        ArrayNode files = root.putArray("files");
        ArrayNode findings = root.putArray("findings");
        ArrayNode accepted = root.putArray("accepted");
        for (FileOutcome file : report.files()) {
            ObjectNode entry = files.addObject().put("file", file.file());
            if (file.isFailure()) {
                entry.put("outcome", "failed").put("message", file.failure());
                continue;
            }
            entry.put("outcome", file.isValid() ? "valid" : "invalid");
            file.listed().forEach(problem -> finding(findings.addObject(), problem)
                    .put("blocking", file.stopping().contains(problem)));
            for (AcceptedWarning warning : file.accepted()) {
                finding(accepted.addObject(), warning.warning()).put("reason", warning.reason());
            }
        }
        return ReportJson.write(MAPPER, root);
    }

    private static ObjectNode finding(ObjectNode node, Problem problem) {
        return node.put("file", problem.file())
                .put("line", problem.line())
                .put("column", problem.column())
                .put("path", problem.path())
                .put("code", problem.code())
                .put("severity", problem.severity().label())
                .put("message", problem.message());
    }
}
