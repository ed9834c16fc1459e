package no.samspill.internal.read;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samspill.Edition;
import no.samspill.Problem;
import no.samspill.model.Contract;
import no.samspill.model.ContractDetails;
import no.samspill.model.Language;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a contract description (YAML, format version 1) into the model, with every problem in
 * one pass and the position of every key and value.
 *
 * <p>Reading is two passes over the text. The first walks the YAML events to build the
 * {@link SourceMap} and to find what binding cannot see (syntax errors, duplicate keys, anchors
 * and aliases, too deep nesting). The second binds the text to the model records with Jackson;
 * every value that cannot be read, and every unknown key, becomes a problem and reading goes on.
 *
 * <p>Input is bounded before it is parsed (size, nesting depth, string length), and anchors and
 * aliases are rejected, so a hostile file is a problem reported quickly, never a hang or an
 * out-of-memory error. Immutable and thread-safe: build one and share it.
 */
public final class ContractReader {

    /** The largest description read by default: ample for any real collaboration. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    /** The format nests about six levels; anything far deeper is not a description. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Beyond this many structural problems the file is clearly not a description. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    private final int maxBytes;
    private final int maxDepth;
    private final int maxProblems;
    private final LoaderOptions loaderOptions;
    private final ObjectReader contractReader;

    private ContractReader(Builder builder) {
        this.maxBytes = builder.maxBytes;
        this.maxDepth = builder.maxDepth;
        this.maxProblems = builder.maxProblems;
        this.loaderOptions = loaderOptions(maxBytes, maxDepth);
        this.contractReader = mapper(loaderOptions, maxBytes, maxDepth).readerFor(Contract.class);
    }

    /** A reader with the default limits. */
    public static ContractReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads a description file, UTF-8, in its own language. Problems name the file as {@code file.toString()}. */
    public ReadResult read(Path file) {
        return read(file, Edition.DESCRIBED);
    }

    /**
     * Reads a description file, UTF-8, as {@code edition}: each translatable value's text in the
     * edition's language, or, for a parallel edition, the contract in each language. A value
     * without text in a language the edition needs is a problem at its line.
     */
    public ReadResult read(Path file, Edition edition) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(file, "file");
        String fileName = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new IOException(fileName + " is a folder, not a description file");
            }
            if (Files.size(file) > maxBytes) {
                return tooLarge(fileName);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                return tooLarge(fileName);
            }
            java.nio.CharBuffer decoded = java.nio.CharBuffer.allocate(bytes.length);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, decoded, true);
            if (result.isError()) {
                return notUtf8(fileName, decoded.flip(), bytes[in.position()]);
            }
            String text = decoded.flip().toString();
            return readText(fileName, text, edition);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + ": " + reason(e), e);
        }
    }

    /** Reads a description held in memory; {@code fileName} is what problems name it. */
    public ReadResult read(String fileName, String yaml) {
        return read(fileName, yaml, Edition.DESCRIBED);
    }

    /** Reads a description held in memory as {@code edition}; see {@link #read(Path, Edition)}. */
    public ReadResult read(String fileName, String yaml, Edition edition) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(yaml, "yaml");
        // a UTF-8 byte is at most one char, so only a string near the limit needs to be encoded
        if (yaml.length() > maxBytes || (yaml.length() > maxBytes / 4 && utf8Length(yaml) > maxBytes)) {
            return tooLarge(fileName);
        }
        return readText(fileName, yaml, edition);
    }

    /** Reads a description from a character stream, reading no more than the size limit; the stream is not closed. */
    public ReadResult read(String fileName, Reader yaml) {
        return read(fileName, yaml, Edition.DESCRIBED);
    }

    /** Reads a description from a character stream as {@code edition}; the stream is not closed. */
    public ReadResult read(String fileName, Reader yaml, Edition edition) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(yaml, "yaml");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = yaml.read(buffer)) != -1) {
                text.append(buffer, 0, n);
                if (text.length() > maxBytes) {
                    return tooLarge(fileName);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + ": " + reason(e), e);
        }
        return read(fileName, text.toString(), edition);
    }

    private ReadResult readText(String fileName, String yaml, Edition edition) {
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        SourceScanner.Scan scan = new SourceScanner(loaderOptions, maxDepth, maxProblems).scan(text);
        List<Problem> problems = new ArrayList<>();
        scan.findings().forEach(f -> problems.add(problem(fileName, f.position(), f.path(), f.message())));
        Contract contract = null;
        Contract translation = null;
        Set<String> languageMaps = Set.of();
        if (scan.bindable()) {
            EditionLanguages languages = EditionLanguages.of(edition, scan.editionSettings());
            ReadSession session = new ReadSession(languages.first(), languages.declared());
            contract = bind(text, session, fileName, problems);
            report(session, scan, fileName, problems);
            languageMaps = session.languageMaps();
            contract = inLanguage(contract, languages.first(), languages.second() != null);
            if (languages.second() != null && contract != null) {
                ReadSession second = new ReadSession(languages.second(), languages.declared());
                translation = inLanguage(bind(text, second, fileName, problems), languages.second(), true);
                report(second, scan, fileName, problems);
            }
            checkFormatVersion(contract, fileName, scan.sourceMap(), problems);
        }
        // A parallel edition reads the description twice; a problem outside the texts is found twice.
        List<Problem> distinct = new ArrayList<>(new LinkedHashSet<>(problems));
        distinct.sort(Problem.BY_POSITION);
        return new ReadResult(contract, translation, scan.sourceMap(), distinct, languageMaps);
    }

    private static Contract inLanguage(Contract contract, Language language, boolean parallel) {
        if (contract == null || contract.contract() == null) {
            return contract;
        }
        ContractDetails details = contract.contract();
        // The texts are the edition's; so are the clauses written around them.
        return details.language() == language && details.parallel() == parallel
                ? contract : contract.inEdition(language, parallel);
    }

    private static void report(ReadSession session, SourceScanner.Scan scan, String fileName, List<Problem> problems) {
        for (ReadSession.Finding finding : session.findings()) {
            boolean unreliable = isUnder(finding.path(), scan.unreliablePaths())
                    || scan.unreliableMappings().contains(finding.path());
            if (!unreliable) {
                Position position = finding.atKey()
                        ? scan.sourceMap().key(finding.path()).orElseGet(() -> scan.sourceMap().valueOrParent(finding.path()))
                        : scan.sourceMap().valueOrParent(finding.path());
                problems.add(problem(fileName, position, finding.path(), finding.message()));
            }
        }
    }

    /**
     * The languages an edition is read in, from the settings the description gives (as written,
     * before binding: a value the format does not know counts as left out, and binding reports it).
     *
     * @param declared the language of the description's plain strings
     * @param first the edition's language; for a parallel edition, the prevailing one, on the left
     * @param second the right-hand language of a parallel edition; null for a single edition
     */
    private record EditionLanguages(Language declared, Language first, Language second) {
        static EditionLanguages of(Edition edition, Map<String, String> settings) {
            Language declared = language(settings.get("contract.language"), ContractDetails.DEFAULT_LANGUAGE);
            boolean parallel = edition.parallel()
                    || (edition.equals(Edition.DESCRIBED) && "true".equals(settings.get("contract.parallel")));
            if (!parallel) {
                return new EditionLanguages(declared, edition.language() != null ? edition.language() : declared, null);
            }
            Language prevailing = language(settings.get("contract.prevailingLanguage"),
                    ContractDetails.DEFAULT_PREVAILING_LANGUAGE);
            Language other = Arrays.stream(Language.values()).filter(l -> l != prevailing).findFirst().orElseThrow();
            return new EditionLanguages(declared, prevailing, other);
        }

        private static Language language(String value, Language otherwise) {
            return Arrays.stream(Language.values()).filter(l -> l.name().equals(value)).findFirst().orElse(otherwise);
        }
    }

    private Contract bind(String text, ReadSession session, String fileName, List<Problem> problems) {
        try {
            return contractReader.withAttribute(ReadSession.class, session).readValue(text);
        } catch (JsonProcessingException e) {
            // the first pass has already seen the same text; only a limit Jackson enforces on its own gets here
            Position position = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? Position.START
                    : new Position(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            problems.add(problem(fileName, position, "", "the description cannot be read from here on"));
            return null;
        }
    }

    private static void checkFormatVersion(Contract contract, String fileName, SourceMap sourceMap, List<Problem> problems) {
        if (contract != null && contract.samspill() != null && contract.samspill() != Contract.FORMAT_VERSION) {
            problems.add(problem(fileName, sourceMap.valueOrParent("samspill"), "samspill",
                    "this release reads format version " + Contract.FORMAT_VERSION
                            + ", not " + contract.samspill() + "; write samspill: " + Contract.FORMAT_VERSION));
        }
    }

    private static boolean isUnder(String path, Set<String> roots) {
        for (String root : roots) {
            if (path.equals(root) || path.startsWith(root + ".") || path.startsWith(root + "[")) {
                return true;
            }
        }
        return false;
    }

    private static Problem problem(String fileName, Position position, String path, String message) {
        return new Problem(fileName, position.line(), position.column(),
                path.isEmpty() ? Problem.DOCUMENT_PATH : path, message);
    }

    private ReadResult tooLarge(String fileName) {
        return unreadable(fileName, "the description is larger than " + humanSize(maxBytes));
    }

    /** The first byte that is not UTF-8, at the line and column of the text before it. */
    private static ReadResult notUtf8(String fileName, CharSequence before, byte offending) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        Position position = new Position(line, before.length() - lineStart + 1);
        String message = String.format(java.util.Locale.ROOT,
                "the file is not UTF-8 text: the byte 0x%02X here is not part of a UTF-8 character;"
                        + " save the file with the UTF-8 encoding", offending & 0xFF);
        return new ReadResult(null, null, SourceMap.empty(), List.of(problem(fileName, position, "", message)), Set.of());
    }

    private static ReadResult unreadable(String fileName, String message) {
        return new ReadResult(null, null, SourceMap.empty(), List.of(problem(fileName, Position.START, "", message)), Set.of());
    }

    private static String humanSize(int bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static LoaderOptions loaderOptions(int maxBytes, int maxDepth) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxBytes);
        options.setNestingDepthLimit(maxDepth);
        options.setMaxAliasesForCollections(1);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static YAMLMapper mapper(LoaderOptions loaderOptions, int maxBytes, int maxDepth) {
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 1)
                        .maxStringLength(maxBytes)
                        .maxNumberLength(100)
                        .build())
                // `no`, `yes`, `on`, `off` are words in a contract, not booleans (YAML 1.2)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                // `title:` with nothing after it is a missing value, not an empty text
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // the first pass reports duplicate keys with both positions; binding reads on
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return YAMLMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new ReaderModule())
                .addHandler(new StrictKeysHandler())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // a date is written YYYY-MM-DD; a bare number is not a day count
                .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                .build();
    }

    /** Limits for a {@link ContractReader}. */
    public static final class Builder {
        private int maxBytes = DEFAULT_MAX_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxProblems = DEFAULT_MAX_PROBLEMS;

        private Builder() {}

        /** The largest description accepted, in bytes of UTF-8. */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = positive(maxBytes, "maxBytes");
            return this;
        }

        /** How deeply mappings and lists may nest. */
        public Builder maxDepth(int maxDepth) {
            this.maxDepth = positive(maxDepth, "maxDepth");
            return this;
        }

        /** After this many problems found in the structure of the file, reading stops. */
        public Builder maxProblems(int maxProblems) {
            this.maxProblems = positive(maxProblems, "maxProblems");
            return this;
        }

        public ContractReader build() {
            return new ContractReader(this);
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }
    }
}
