package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.samspill.internal.io.AtomicFiles;
import no.samspill.templates.CheckCase;
import no.samspill.templates.CheckFailure;
import no.samspill.templates.CheckReport;
import no.samspill.templates.PackCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code samspill check}: checks a template pack, its examples and their golden snapshots, for CI. */
@Command(
        name = "check",
        header = "Check a template pack before a change reaches a contract.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks a template pack before a change reaches a contract: pack.yaml is consistent; every clause "
                    + "parses and renders, in every language, with every optional field set and with none set; "
                    + "every clause has the same anchors and cross-references in every language; every example "
                    + "validates and renders, and its text equals its golden snapshot, clause by clause (a "
                    + "difference is shown as a diff); a clause whose text changed has a higher version in "
                    + "pack.yaml than its snapshot records.",
            "%nEvery failure names the file and line."
        },
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {
            "0:Every check passed.",
            "1:A check failed; each failure is listed with its file and line.",
            "2:Usage error: an unknown option, --update without a snapshot directory of your own, or an "
                    + "--output not named .xml.",
            "3:The pack or an example could not be read, the report could not be written, "
                    + ExitCodes.UNEXPECTED + "."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  samspill check",
            "  samspill check --templates firmaklausuler/",
            "  samspill check --templates firmaklausuler/ --update",
            "  samspill check --templates firmaklausuler/ --format junit -o check.xml"
        })
final class CheckCommand extends PackCommand implements Callable<Integer> {

    enum Format { text, junit }

    @Option(names = "--examples", paramLabel = "DIR",
            description = "The example descriptions (*.yaml) to check. Default: DIR/examples of --templates "
                    + "when it exists, else the examples shipped with samspill.")
    private Path examples;

    @Option(names = "--golden", paramLabel = "DIR",
            description = "The golden snapshots (<example>.<lang>.txt). Default: DIR/golden of --templates; "
                    + "for the built-in pack and its examples, the snapshots shipped with samspill.")
    private Path golden;

    @Option(names = "--update",
            description = "Rewrite the snapshots that are missing or differ, after you have read the diff. "
                    + "A snapshot whose clause changed without a new version is not rewritten.")
    private boolean update;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or junit: a JUnit XML report for CI, written to --output "
                    + "(the text report still goes to the terminal), or to standard output without it.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the JUnit XML report (FILE.xml), or - for standard output.")
    private Path output;

    @Override
    public Integer call() {
        if (StandardStreams.isDash(output)) {
            output = null;
        }
        String misnamed = OutputNames.JUNIT.whyNot("-o", output);
        if (misnamed != null) {
            throw new ParameterException(spec.commandLine(), misnamed);
        }
        PackCheck check = pack.templates == null ? PackCheck.builtIn() : PackCheck.directory(pack.templates);
        if (examples != null) {
            check = check.withExamples(examples);
        }
        if (golden != null) {
            check = check.withGolden(golden);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (update && pack.templates == null && golden == null) {
            spec.commandLine().getErr().println("samspill: the snapshots shipped with samspill cannot be "
                    + "rewritten; name a snapshot directory with --golden");
            return ExitCodes.USAGE;
        }
        CheckReport report = check.withUpdate(update).run();
        if (format == Format.junit) {
            String xml = junit(report);
            if (output == null) {
                out.print(xml);
                out.flush();
                return report.passed() ? ExitCodes.OK : ExitCodes.INVALID;
            }
            write(output, xml);
        }
        printText(report, out);
        if (format == Format.junit) {
            out.println("The JUnit report is in " + output + ".");
        }
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private static void printText(CheckReport report, PrintWriter out) {
        for (CheckFailure failure : report.failures()) {
            String[] lines = failure.message().split("\n", -1);
            out.println(failure.location() + ": " + failure.check() + ": " + lines[0]);
            for (int i = 1; i < lines.length; i++) {
                out.println("    " + lines[i]);
            }
        }
        report.updated().forEach(file -> out.println("updated " + file));
        report.notes().forEach(note -> out.println("note: " + note));
        long failed = report.cases().stream().filter(c -> !c.passed()).count();
        int failures = report.failures().size();
        out.println(failed == 0
                ? "All " + report.cases().size() + " checks passed."
                : failed + " of " + report.cases().size() + " checks failed, with " + failures
                        + (failures == 1 ? " failure." : " failures."));
    }

    /** One test suite per kind of check, one test case per thing checked, failures with file:line. */
    static String junit(CheckReport report) {
        Map<String, List<CheckCase>> suites = new LinkedHashMap<>();
        report.cases().forEach(c -> suites.computeIfAbsent(c.check(), k -> new java.util.ArrayList<>()).add(c));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "samspill check");
            xml.writeAttribute("tests", Integer.toString(report.cases().size()));
            xml.writeAttribute("failures", Long.toString(report.cases().stream().filter(c -> !c.passed()).count()));
            for (Map.Entry<String, List<CheckCase>> suite : suites.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                xml.writeAttribute("tests", Integer.toString(suite.getValue().size()));
                xml.writeAttribute("failures", Long.toString(suite.getValue().stream().filter(c -> !c.passed()).count()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                for (CheckCase testCase : suite.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", "samspill." + suite.getKey());
                    xml.writeAttribute("name", testCase.name());
                    if (!testCase.failures().isEmpty()) {
                        CheckFailure first = testCase.failures().get(0);
                        xml.writeAttribute("file", first.file());
                        if (first.line() > 0) {
                            xml.writeAttribute("line", Integer.toString(first.line()));
                        }
                    }
                    for (CheckFailure failure : testCase.failures()) {
                        xml.writeCharacters("\n      ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", failure.location() + ": " + failure.message().split("\n", 2)[0]);
                        xml.writeAttribute("type", failure.check());
                        xml.writeCharacters(failure.location() + ": " + failure.message());
                        xml.writeEndElement();
                    }
                    if (!testCase.failures().isEmpty()) {
                        xml.writeCharacters("\n    ");
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written", e);
        }
        return text + "\n";
    }

    private static void write(Path file, String text) {
        try {
            // Atomically and with its directories made, as every output of samspill.
            AtomicFiles.write(file, true, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
