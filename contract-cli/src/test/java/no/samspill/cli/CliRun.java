package no.samspill.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One run of the command line, with what it printed. Standard output is one stream of bytes, as
 * in a process, so that text and a DOCX written with {@code -o -} land in it in order.
 */
record CliRun(int exitCode, byte[] outBytes, String err) {

    static CliRun of(String... args) {
        return run(CommandLine.defaultFactory(), new ByteArrayInputStream(new byte[0]), args);
    }

    /** A run with {@code stdin} on standard input. */
    static CliRun withInput(String stdin, String... args) {
        return run(CommandLine.defaultFactory(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    /** A run whose commands {@code factory} makes: for commands rigged to fail. */
    static CliRun with(CommandLine.IFactory factory, String... args) {
        return run(factory, new ByteArrayInputStream(new byte[0]), args);
    }

    private static CliRun run(CommandLine.IFactory factory, InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintWriter outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int exit = SamspillCommand.execute(factory, new StandardStreams(in, out, false), outText, new PrintWriter(err),
                args);
        outText.flush();
        return new CliRun(exit, out.toByteArray(), err.toString());
    }

    /** Standard output as text. */
    String out() {
        return new String(outBytes, StandardCharsets.UTF_8);
    }
}
