package no.samspill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the command line does when things go wrong around a description: the library failing
 * unexpectedly, outputs that would replace something they must not, a kill mid-write, and
 * messages that must name the right file and must not let a description drive the terminal.
 */
class FaultsCliTest {

    @TempDir
    Path dir;

    // ---- Unexpected failures: one line, exit 3, the batch goes on ----

    @Test
    void anOutOfMemoryErrorIsOneLineNamingTheDescriptionAndTheBatchGoesOn() throws IOException {
        Path boom = Files.writeString(dir.resolve("boom.yaml"), Examples.text(Examples.EHELSE));
        Path good = Examples.copy(Examples.EHELSE, dir);
        Path out = dir.resolve("out");

        CliRun run = CliRun.with(failingOn("boom.yaml", new OutOfMemoryError("Java heap space")),
                "generate", boom.toString(), good.toString(), "-d", out.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("samspill: " + boom + ": unexpected failure (OutOfMemoryError: Java heap space)")
                .doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(run.err().lines().filter(l -> l.startsWith("samspill: "))).hasSize(1);
        assertThat(run.out()).contains("Wrote " + out.resolve("ehelse-ssa-l.docx")).contains("1 written, 0 invalid, 1 failed");
        assertThat(out.resolve("ehelse-ssa-l.docx")).exists();
        assertThat(out.resolve("boom.docx")).doesNotExist();
    }

    @Test
    void aStackOverflowOrABugInTheLibraryIsOneLineAndExitCode3() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);

        CliRun overflow = CliRun.with(failingOn(file.getFileName().toString(), new StackOverflowError()),
                "generate", file.toString());
        CliRun bug = CliRun.with(failingOn(file.getFileName().toString(), new NullPointerException()),
                "generate", file.toString());

        assertThat(overflow.exitCode()).isEqualTo(3);
        assertThat(overflow.err()).startsWith("samspill: " + file + ": unexpected failure (StackOverflowError)")
                .doesNotContain("\tat ");
        assertThat(bug.exitCode()).isEqualTo(3);
        assertThat(bug.err()).startsWith("samspill: " + file + ": unexpected failure (NullPointerException)");
        assertThat(bug.err().lines()).hasSize(1);
        assertThat(dir.resolve("ehelse-ssa-l.docx")).doesNotExist();
    }

    @Test
    void anInvalidAndAFailedDescriptionInOneBatchExitWithTheWorse() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "samspill: 1\n");
        Path boom = Files.writeString(dir.resolve("boom.yaml"), Examples.text(Examples.EHELSE));

        CliRun run = CliRun.with(failingOn("boom.yaml", new IllegalStateException("broken")),
                "generate", boom.toString(), bad.toString(), "-d", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("0 written, 1 invalid, 1 failed");
    }

    @Test
    void anErrorOutsideAnyOneDescriptionIsStillOneLineAndExitCode3() {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        CommandLine.IFactory failing = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == GenerateCommand.class) {
                    throw new OutOfMemoryError("Metaspace");
                }
                return standard.create(type);
            }
        };

        CliRun run = CliRun.with(failing, "generate", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("samspill: unexpected failure (OutOfMemoryError: Metaspace)");
        assertThat(run.err().lines()).hasSize(1);
    }

    // ---- Overwrites ----

    @Test
    void theDescriptionItselfIsNeverTheOutputEvenWithForce() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        String before = Files.readString(file);
        Path hardLink = Files.createLink(dir.resolve("linked.docx"), file);

        CliRun same = CliRun.of("generate", file.toString(), "-o", file.toString(), "--force");
        CliRun linked = CliRun.of("generate", file.toString(), "-o", hardLink.toString(), "--force");

        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains(file + ": is the description itself").contains("nothing was written");
        assertThat(linked.exitCode()).isEqualTo(2);
        assertThat(linked.err()).contains(hardLink + ": is the description itself");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void twoDescriptionsWithTheSameNameInOneBatchAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path one = Examples.copy(Examples.EHELSE, Files.createDirectory(dir.resolve("dir1")));
        Path two = Examples.copy(Examples.EHELSE, Files.createDirectory(dir.resolve("dir2")));
        Path other = Files.writeString(dir.resolve("other.yaml"), Examples.text(Examples.EHELSE));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("generate", other.toString(), one.toString(), two.toString(), "-d", out.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(one + ", " + two + ": would all be written to " + out.resolve("ehelse-ssa-l.docx"))
                .contains("nothing was written");
        assertThat(run.out()).doesNotContain("written,");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDeviceIsWrittenToDirectlyAndNeedsNoForce() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path devNull = Path.of("/dev/null");
        assumeThat(Files.exists(devNull)).isTrue();

        CliRun run = CliRun.of("generate", file.toString(), "-o", devNull.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.readAttributes(devNull, "isOther").get("isOther")).isEqualTo(true);
    }

    @Test
    void aPipeIsWrittenToDirectlyAndStaysAPipe() throws Exception {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path fifo = dir.resolve("pipe.docx");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        CliRun run = CliRun.of("generate", file.toString(), "-o", fifo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith('P', 'K');
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, fifo);
        }
    }

    @Test
    void aSymbolicLinkToAFileIsRefusedAndStaysALink() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path edited = Files.writeString(dir.resolve("edited.docx"), "a lawyer's edits");
        Path link = Files.createSymbolicLink(dir.resolve("link.docx"), edited);

        CliRun run = CliRun.of("generate", file.toString(), "-o", link.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("samspill: " + link + ": is a symbolic link; samspill replaces only regular "
                + "files, so give the file it points to" + System.lineSeparator());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(edited)).isEqualTo("a lawyer's edits");
    }

    @Test
    void aSymbolicLinkToADeviceIsWrittenThroughAsDevStdoutIs() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        assumeThat(Files.exists(Path.of("/dev/null"))).isTrue();
        Path link = Files.createSymbolicLink(dir.resolve("stdout.docx"), Path.of("/dev/null"));

        CliRun run = CliRun.of("generate", file.toString(), "-o", link.toString(), "--force");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aDirectoryWhereTheDocumentWouldGoIsRefused() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path out = Files.createDirectories(dir.resolve("out/ehelse-ssa-l.docx")).getParent();

        CliRun run = CliRun.of("generate", file.toString(), "-d", out.toString(), "--force");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(out.resolve("ehelse-ssa-l.docx") + ": is a directory");
        assertThat(out.resolve("ehelse-ssa-l.docx")).isDirectory();
    }

    // ---- Temporary files left by a killed run ----

    @Test
    void aStaleTemporaryFileOfOursForTheSameDocumentIsCleared() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path stale = Files.createFile(dir.resolve(".ehelse-ssa-l.docx.8461027364.part"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.createFile(dir.resolve(".ehelse-ssa-l.docx.1234567.part"));
        Path othersStale = Files.createFile(dir.resolve(".other.docx.8461027364.part"));
        Files.setLastModifiedTime(othersStale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path notOurs = Files.createFile(dir.resolve(".ehelse-ssa-l.docx.notes.part"));
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        CliRun run = CliRun.of("generate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stale).doesNotExist();
        // Possibly another run's, writing the same document right now.
        assertThat(fresh).exists();
        // Another document's, and a name that is not of our pattern: not ours to clear.
        assertThat(othersStale).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void aFailedRenderingLeavesNoTemporaryFile() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);

        CliRun.with(failingOn(file.getFileName().toString(), new OutOfMemoryError()), "generate", file.toString());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    // ---- Messages: the right file, in plain words, control characters escaped ----

    @Test
    void controlCharactersFromADescriptionAreShownEscapedNeverObeyed() throws IOException {
        String yaml = Examples.text(Examples.EHELSE).replaceFirst("(?m)^contract:\\s*$", "contract:\n  \"\\\\e[2J\\\\e]0;pwned\\\\a\": 1");
        assertThat(yaml).contains("\\e[2J");
        Path file = Files.writeString(dir.resolve("evil.yaml"), yaml);

        CliRun validate = CliRun.of("validate", file.toString());
        CliRun generate = CliRun.of("generate", file.toString());

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.err()).contains("\\u001B[2J\\u001B]0;pwned\\u0007");
        assertThat(generate.exitCode()).isEqualTo(1);
        assertThat(generate.err()).contains("\\u001B[2J");
        for (CliRun run : new CliRun[] {validate, generate}) {
            assertThat(run.err() + run.out()).doesNotContain("\u001B").doesNotContain("\u0007");
        }
    }

    @Test
    void controlCharactersInFileNamesAreShownEscaped() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path evil = Files.copy(file, dir.resolve("\u001B[2Jx.yaml"));
        Path missing = dir.resolve("\u001B[31mmissing\r.yaml");

        CliRun run = CliRun.of("generate", evil.toString(), missing.toString(), "-d", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("Wrote " + dir.resolve("out") + "/\\u001B[2Jx.docx");
        assertThat(run.err()).contains("\\u001B[31mmissing\\u000D.yaml: no such file");
        assertThat(run.err() + run.out()).doesNotContain("\u001B").doesNotContain("\r");
    }

    @Test
    void aFileGivenAsTheOutputDirectoryIsNotADirectory() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path notDir = Files.writeString(dir.resolve("x"), "a file");

        CliRun run = CliRun.of("generate", file.toString(), "-d", notDir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("samspill: -d " + notDir + ": not a directory" + System.lineSeparator()
                + "Try 'samspill generate --help' for more information." + System.lineSeparator());
        assertThat(Files.readString(notDir)).isEqualTo("a file");
    }

    @Test
    void aFileWhereTheOutputsDirectoryShouldBeIsNamedAsSuch() throws IOException {
        // Without warnings, so that standard error holds the failure alone.
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());
        Path notDir = Files.writeString(dir.resolve("x"), "a file");

        CliRun run = CliRun.of("generate", file.toString(), "-o", notDir.resolve("sub/out.docx").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("samspill: " + notDir.resolve("sub/out.docx") + ": " + notDir
                + " is a file, not a directory" + System.lineSeparator());
    }

    @Test
    void aReferenceThatIsADirectoryIsNotAWordDocument() throws IOException {
        Path file = Examples.copy(Examples.EHELSE, dir);
        Path refDir = Files.createDirectory(dir.resolve("styles"));

        CliRun run = CliRun.of("generate", file.toString(), "--reference", refDir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("--reference " + refDir + ": is a directory, not a Word document (.docx)")
                .doesNotContain("description");
    }

    @Test
    void aFullDeviceNamesTheOutputNotTheDescription() throws IOException {
        // Without warnings, so that standard error holds the failure alone.
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).as("/dev/full (Linux)").isTrue();

        CliRun run = CliRun.of("generate", file.toString(), "-o", full.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("samspill: /dev/full: No space left on device").doesNotContain(file.toString());
        assertThat(Files.isRegularFile(full)).isFalse();
    }

    @Test
    void aFullDiskNamesTheOutputAndLeavesNoTemporaryFile() throws Exception {
        // Without warnings, so that standard error holds the failure alone.
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());
        Path small = Files.createDirectory(dir.resolve("small"));
        mountTmpfs(small, "size=16k");
        try {
            CliRun run = CliRun.of("generate", file.toString(), "-d", small.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("samspill: " + small.resolve("avtale.docx")
                    + ": No space left on device" + System.lineSeparator());
            try (Stream<Path> files = Files.list(small)) {
                assertThat(files).isEmpty();
            }
        } finally {
            unmount(small);
        }
    }

    @Test
    void aReadOnlyDirectoryNamesTheOutputNotOurTemporaryFile() throws IOException {
        // Without warnings, so that standard error holds the failure alone.
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeThat(isRoot()).as("chmod does not stop root; see the read-only mount test").isFalse();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun run = CliRun.of("generate", file.toString(), "-d", locked.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("samspill: " + locked.resolve("avtale.docx")
                    + ": directory is not writable" + System.lineSeparator());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyFileSystemNamesTheOutputNotOurTemporaryFile() throws Exception {
        // Without warnings, so that standard error holds the failure alone.
        Path file = Descriptions.write(dir, "avtale.yaml", Descriptions.noWarnings());
        Path locked = Files.createDirectory(dir.resolve("locked"));
        mountTmpfs(locked, "ro,size=16k");
        try {
            CliRun run = CliRun.of("generate", file.toString(), "-d", locked.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("samspill: " + locked.resolve("avtale.docx")
                    + ": directory is not writable (read-only file system)" + System.lineSeparator());
        } finally {
            unmount(locked);
        }
    }

    /** Commands as usual, but generate fails with {@code failure} on the description named {@code name}. */
    private static CommandLine.IFactory failingOn(String name, Throwable failure) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type != GenerateCommand.class) {
                    return standard.create(type);
                }
                return type.cast(new GenerateCommand((generator, description, edition) -> {
                    if (description.getFileName().toString().equals(name)) {
                        if (failure instanceof Error e) {
                            throw e;
                        }
                        throw (RuntimeException) failure;
                    }
                    return generator.generate(description, edition);
                }));
            }
        };
    }

    private boolean isRoot() throws IOException {
        Path probe = Files.createTempFile(dir, "owner", ".probe");
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
        } finally {
            Files.delete(probe);
        }
    }

    /** A small tmpfs on {@code at}: a real full disk or read-only file system, where root may mount one. */
    private void mountTmpfs(Path at, String options) throws Exception {
        assumeThat(isRoot()).as("mounting a tmpfs needs root").isTrue();
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        assumeThat(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0)
                .as("mount -t tmpfs is allowed here").isTrue();
    }

    private static void unmount(Path at) throws Exception {
        new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
}
