package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md is generated from the command model, so it cannot drift from the commands: this
 * test fails when the committed file differs. Rewrite it deliberately with
 * {@code mvn -pl contract-cli test -Dtest=CliReferenceTest -Dsamspill.updateDocs=true}.
 */
class CliReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "cli.md");

    @Test
    void theCommittedCliReferenceIsTheOneTheCommandsGenerate() throws IOException {
        String generated = reference();
        if (Boolean.getBoolean("samspill.updateDocs")) {
            Files.writeString(REFERENCE, generated);
        }

        assertThat(Files.readString(REFERENCE))
                .as("docs/cli.md is out of date; regenerate it with "
                        + "mvn -pl contract-cli test -Dtest=CliReferenceTest -Dsamspill.updateDocs=true")
                .isEqualTo(generated);
    }

    static String reference() {
        CommandLine root = new CommandLine(new SamspillCommand());
        StringBuilder md = new StringBuilder();
        md.append("# The samspill command line\n\n")
                .append("<!-- Generated from the command model by CliReferenceTest; do not edit by hand. -->\n\n")
                .append("Every command also answers `--help`. The launcher `./samspill` at the root of the\n")
                .append("repository builds the command line on first use.\n\n");
        appendCommand(md, root, "samspill");
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            if (!sub.getKey().equals("help")) {
                appendCommand(md, sub.getValue(), "samspill " + sub.getKey());
            }
        }
        return md.toString();
    }

    private static void appendCommand(StringBuilder md, CommandLine command, String title) {
        md.append("## `").append(title).append("`\n\n```\n")
                .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing())
                .append("\n```\n\n");
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (command.getParent() != null && !sub.getKey().equals("help")) {
                appendCommand(md, sub.getValue(), title + " " + sub.getKey());
            }
        }
    }
}
