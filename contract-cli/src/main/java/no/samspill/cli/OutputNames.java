package no.samspill.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.samspill.internal.io.AtomicFiles;

/**
 * What an output may be called. A DOCX written to {@code contract.pdf} opens in nothing, and a
 * SARIF log named {@code report.xml} is not found by the tool that looks for it: a name whose
 * extension says another format is a usage error, found before anything is written.
 *
 * @param what the kind of content, as the message names it: "a Word document (DOCX)"
 * @param extensions the endings that name this format, the usual one first
 * @param bareAllowed whether a name without any extension is accepted (plain text often has none)
 */
record OutputNames(String what, List<String> extensions, boolean bareAllowed) {

    static final OutputNames DOCX = new OutputNames("a Word document (DOCX)", List.of(".docx"), false);
    static final OutputNames TEXT = new OutputNames("the text report", List.of(".txt", ".log", ".text"), true);
    static final OutputNames JSON = new OutputNames("the JSON report", List.of(".json"), false);
    static final OutputNames SARIF = new OutputNames("the SARIF log", List.of(".sarif", ".sarif.json", ".json"), false);
    static final OutputNames SCHEMA = new OutputNames("the JSON Schema", List.of(".json"), false);
    static final OutputNames DESCRIPTION = new OutputNames("a description (YAML)", List.of(".yaml", ".yml"), false);
    static final OutputNames JUNIT = new OutputNames("the JUnit XML report", List.of(".xml"), false);

    OutputNames {
        extensions = List.copyOf(extensions);
    }

    /**
     * Why {@code output}, given as {@code option}, must not receive this content, or null. Not
     * judged: {@code -} (standard output), an existing directory (the name is made inside it), a
     * device or a pipe ({@code /dev/null}), whose name says nothing about a format.
     */
    String whyNot(String option, Path output) {
        if (output == null || StandardStreams.isDash(output) || Files.isDirectory(output)
                || AtomicFiles.isDeviceOrPipe(output) || output.getFileName() == null) {
            return null;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(name::endsWith)) {
            return null;
        }
        boolean bare = name.lastIndexOf('.') <= 0;
        if (bare && bareAllowed) {
            return null;
        }
        String expected = extensions.size() == 1 ? extensions.get(0)
                : String.join(", ", extensions.subList(0, extensions.size() - 1)) + " or " + extensions.get(extensions.size() - 1);
        return (option == null ? "" : option + " ") + output + ": " + what + " is written here, so the name must end in "
                + expected;
    }
}
