package no.samspill.acceptance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program outside the JVM that reads our documents (LibreOffice, pandoc, pdftotext).
 *
 * <p>On a developer's machine without it, the test is skipped and the reason printed; in CI
 * ({@code CI=true}) a missing tool fails the test, because a skipped acceptance test proves nothing.
 */
record ExternalTool(String command, String packageName) {

    static final ExternalTool SOFFICE = new ExternalTool("soffice", "libreoffice-writer-nogui");
    static final ExternalTool PANDOC = new ExternalTool("pandoc", "pandoc");
    static final ExternalTool PDFTOTEXT = new ExternalTool("pdftotext", "poppler-utils");

    /** Skips (locally) or fails (in CI) unless the tool is on the PATH. */
    void require() {
        if (isInstalled()) {
            return;
        }
        String reason = command + " is not installed (Debian package " + packageName + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + ", and CI=true forbids skipping acceptance tests; .ci/run installs it");
        }
        System.err.println("SKIPPED acceptance test: " + reason);
        Assumptions.abort(reason);
    }

    boolean isInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the tool and returns its standard output; fails the test on a non-zero exit or a hang. */
    String run(Path workDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command);
        commandLine.addAll(List.of(args));
        Path errFile = Files.createTempFile(workDir, command, ".err");
        Process process = new ProcessBuilder(commandLine)
                .directory(workDir.toFile())
                .redirectError(errFile.toFile())
                .start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command + " did not finish within " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            fail(command + " exited with " + process.exitValue() + ": " + Files.readString(errFile));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /**
     * Converts a DOCX to PDF with LibreOffice (a profile of its own inside {@code dir}, so runs
     * never share one) and returns the PDF, which LibreOffice names after the DOCX.
     */
    static Path pdfOf(Path dir, Path docx) throws IOException, InterruptedException {
        SOFFICE.run(dir, 180, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        String name = docx.getFileName().toString();
        return dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }
}
