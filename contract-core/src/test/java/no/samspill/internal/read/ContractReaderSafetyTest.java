package no.samspill.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.StringJoiner;
import no.samspill.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractReaderSafetyTest {

    private static final ContractReader READER = ContractReader.create();
    private static final Duration WELL_UNDER_A_SECOND = Duration.ofSeconds(1);
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    /** Nine levels of nine aliases each: a billion "lol"s if anything expanded them. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            StringJoiner aliases = new StringJoiner(",", "[", "]");
            for (int i = 0; i < 9; i++) {
                aliases.add("*" + (char) (level - 1));
            }
            yaml.append(level).append(": &").append(level).append(' ').append(aliases).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void aBillionLaughsDocumentIsAProblemReportedWithinASecond() {
        ReadResult result = assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> READER.read("bomb.yaml", billionLaughs()));

        assertThat(result.problems()).extracting(Problem::toString)
                .contains("bomb.yaml:1:4: a: " + SourceScanner.ANCHORS_NOT_SUPPORTED,
                        "bomb.yaml:2:8: b[0]: " + SourceScanner.ANCHORS_NOT_SUPPORTED,
                        "bomb.yaml:9:4: i: " + SourceScanner.ANCHORS_NOT_SUPPORTED);
    }

    @Test
    void aFloodOfAliasesStopsAfterTheProblemLimit() {
        String yaml = "a: &a x\nb: [" + "*a,".repeat(100_000) + "*a]\n";

        ReadResult result = assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> READER.read("flood.yaml", yaml));

        assertThat(result.contract()).isNull();
        assertThat(result.problems()).hasSize(ContractReader.DEFAULT_MAX_PROBLEMS + 1);
        assertThat(result.problems()).last().extracting(Problem::message)
                .isEqualTo("there are more than 100 problems; the rest of the file was not read");
    }

    @Test
    void aFiftyMegabyteTextIsAProblemReportedWithinASecond() {
        String yaml = "vision: " + "a".repeat(FIFTY_MB);

        ReadResult result = assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> READER.read("big.yaml", yaml));

        assertThat(result.contract()).isNull();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("big.yaml:1:1: (document): the description is larger than 1 MiB");
    }

    @Test
    void aFiftyMegabyteFileIsAProblemReportedWithinASecond(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("big.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(FIFTY_MB);
        }

        ReadResult result = assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> READER.read(file));

        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly(file + ":1:1: (document): the description is larger than 1 MiB");
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, 'a');
                return length;
            }

            @Override
            public void close() {}
        };

        ReadResult result = assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> READER.read("stream", endless));

        assertThat(result.problems()).extracting(Problem::message).containsExactly("the description is larger than 1 MiB");
    }

    @Test
    void aTextJustUnderTheLimitInCharactersButOverItInBytesIsTooLarge() {
        ContractReader small = ContractReader.builder().maxBytes(1024).build();
        String yaml = "vision: " + "ø".repeat(600);

        assertThat(small.read("d.yaml", yaml).problems()).extracting(Problem::message)
                .containsExactly("the description is larger than 1 KiB");
    }

    @Test
    void deepNestingIsAProblemAtTheLevelThatIsTooDeep() {
        String yaml = "a: " + "[".repeat(100_000) + "]".repeat(100_000);

        ReadResult result = assertTimeoutPreemptively(WELL_UNDER_A_SECOND, () -> READER.read("deep.yaml", yaml));

        assertThat(result.contract()).isNull();
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("deep.yaml:1:35: a" + "[0]".repeat(31) + ": the description is nested more than 32 levels deep");
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemAtItsFirstForeignByte(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.yaml");
        Files.write(file, "samspill: 1\nvision: Samarbeid p\u00e5 tvers\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(READER.read(file).problems()).extracting(Problem::toString)
                .containsExactly(file + ":2:20: (document): the file is not UTF-8 text: the byte 0xE5 here is not part"
                        + " of a UTF-8 character; save the file with the UTF-8 encoding");
    }

    @Test
    void anEncodedHalfSurrogatePairIsNotUtf8(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("cesu.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', 'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});

        assertThat(READER.read(file).problems()).extracting(Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5));
    }

    @Test
    void aMissingFileIsAnInputOutputFailureWithAPlainMessage(@TempDir Path folder) {
        Path missing = folder.resolve("missing.yaml");

        assertThatThrownBy(() -> READER.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + missing + ": no such file");
    }

    @Test
    void aFolderIsAnInputOutputFailureWithAPlainMessage(@TempDir Path folder) {
        assertThatThrownBy(() -> READER.read(folder))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + folder + ": " + folder + " is a folder, not a description file");
    }
}
