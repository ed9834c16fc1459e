package no.samspill;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentPasses;
import no.samspill.doc.ParallelDocument;
import no.samspill.internal.doc.StackGuard;
import no.samspill.internal.io.AtomicFiles;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.internal.read.SourceMap;
import no.samspill.internal.schema.SchemaWriter;
import no.samspill.internal.validate.ContractValidator;
import no.samspill.internal.validate.Findings;
import no.samspill.model.Contract;
import no.samspill.render.DocxRenderer;
import no.samspill.render.TextRenderer;

/**
 * Reads, validates and renders contract descriptions: the entry point for embedding samspill.
 *
 * <p>Build one generator and share it: it is immutable and thread-safe, and it parses its
 * templates and reference document once, when it is built.
 *
 * <pre>{@code
 * ContractGenerator generator = ContractGenerator.create();
 * Generation result = generator.generate(Path.of("avtale.yaml"));
 * if (result.isSuccess()) {
 *     Files.write(Path.of("avtale.docx"), result.document());
 * } else {
 *     result.problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>An invalid description is not an exception: it gives {@link Problem}s. Exceptions are
 * for files that cannot be read or written ({@link UncheckedIOException}) and for broken
 * template packs ({@link TemplateException}).
 */
public final class ContractGenerator {

    private final TemplatePack templates;
    private final ContractReader reader;
    private final ContractValidator validator;
    private final DocxRenderer docxRenderer;
    private final TextRenderer textRenderer;
    private final boolean strict;

    private ContractGenerator(Builder builder) {
        this.templates = builder.templates != null ? builder.templates : builtInPack();
        this.reader = ContractReader.create();
        try {
            this.validator = new ContractValidator(templates.catalogue(), templates.checks());
        } catch (IllegalArgumentException e) {
            throw new ContractException("the template pack " + templates.name() + " configures its checks wrongly: "
                    + e.getMessage(), e);
        }
        this.strict = builder.strict;
        DocxRenderer.Builder docx = DocxRenderer.builder();
        if (builder.reference != null) {
            docx.reference(builder.reference);
        }
        this.docxRenderer = docx.build();
        this.textRenderer = new TextRenderer();
    }

    /** A generator with the built-in template pack and the built-in reference document. */
    public static ContractGenerator create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The template pack this generator renders with. */
    public TemplatePack templates() {
        return templates;
    }

    /** Reads and validates a description file, as the edition it describes. */
    public Validation validate(Path file) {
        return validate(file, Edition.DESCRIBED);
    }

    /**
     * Reads and validates a description file as {@code edition}: a text without a version in a
     * language the edition needs is a problem at its line ({@code no English (en) text}).
     */
    public Validation validate(Path file, Edition edition) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(edition, "edition must not be null");
        return check(reader.read(file, edition), file.toString());
    }

    /** Reads and validates a description held in memory; {@code sourceName} names it in problems. */
    public Validation validate(String sourceName, Reader yaml) {
        return validate(sourceName, yaml, Edition.DESCRIBED);
    }

    /** Reads and validates a description held in memory as {@code edition}. */
    public Validation validate(String sourceName, Reader yaml, Edition edition) {
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        Objects.requireNonNull(yaml, "yaml must not be null");
        Objects.requireNonNull(edition, "edition must not be null");
        return check(reader.read(sourceName, yaml, edition), sourceName);
    }

    /** Reads and validates a description given as a string. */
    public Validation validate(String sourceName, String yaml) {
        return validate(sourceName, yaml, Edition.DESCRIBED);
    }

    /** Reads and validates a description given as a string, as {@code edition}. */
    public Validation validate(String sourceName, String yaml, Edition edition) {
        Objects.requireNonNull(yaml, "yaml must not be null");
        return validate(sourceName, new StringReader(yaml), edition);
    }

    /**
     * Validates a description built in code. Its problems carry no file positions: they all
     * point at line 1, column 1 of a source named {@code (contract)}.
     */
    public Validation validate(Contract contract) {
        Objects.requireNonNull(contract, "contract must not be null");
        String name = "(contract)";
        return settled(name, contract, null, validator.validate(contract, SourceMap.empty(), name), SourceMap.empty());
    }

    /**
     * The checks validation runs, with the code, severity and summary of each: the built-in ones
     * the template pack leaves on, then the pack's own. {@code docs/checks.md} explains each.
     */
    public List<Check> checks() {
        return validator.checks();
    }

    /** Generates the DOCX of a description file, or the problems that prevent it. */
    public Generation generate(Path file) {
        return render(validate(file));
    }

    /** Generates the DOCX of a description file as {@code edition}, or the problems that prevent it. */
    public Generation generate(Path file, Edition edition) {
        return render(validate(file, edition));
    }

    /** Generates the DOCX of a description held in memory. */
    public Generation generate(String sourceName, Reader yaml) {
        return render(validate(sourceName, yaml));
    }

    /** Generates the DOCX of a description held in memory as {@code edition}. */
    public Generation generate(String sourceName, Reader yaml, Edition edition) {
        return render(validate(sourceName, yaml, edition));
    }

    /** Generates the DOCX of a description given as a string. */
    public Generation generate(String sourceName, String yaml) {
        return render(validate(sourceName, yaml));
    }

    /** Generates the DOCX of a description built in code. */
    public Generation generate(Contract contract) {
        return render(validate(contract));
    }

    /**
     * Generates the DOCX of a description file and writes it to {@code out}, which is left open;
     * nothing is written when the description is invalid.
     */
    public Validation generate(Path file, OutputStream out) {
        return writeIfValid(validate(file), out);
    }

    /** Generates the DOCX of a description file as {@code edition} into {@code out}; nothing is written when invalid. */
    public Validation generate(Path file, OutputStream out, Edition edition) {
        return writeIfValid(validate(file, edition), out);
    }

    /** Generates the DOCX of a description held in memory into {@code out}; nothing is written when invalid. */
    public Validation generate(String sourceName, Reader yaml, OutputStream out) {
        return writeIfValid(validate(sourceName, yaml), out);
    }

    /** Generates the DOCX of a description built in code into {@code out}; nothing is written when invalid. */
    public Validation generate(Contract contract, OutputStream out) {
        return writeIfValid(validate(contract), out);
    }

    /**
     * Generates the parallel edition of a contract built in code: {@code left} in the prevailing
     * language, {@code right} the same contract in the other language. Both are validated, and
     * each text must have the same paragraphs and lists as its translation.
     */
    public Generation generateParallel(Contract left, Contract right) {
        return render(validateParallel(left, right));
    }

    /** Validates the two columns of a parallel edition built in code; see {@link #generateParallel}. */
    public Validation validateParallel(Contract left, Contract right) {
        Objects.requireNonNull(left, "left must not be null");
        Objects.requireNonNull(right, "right must not be null");
        String name = "(contract)";
        Contract l = left.inEdition(left.contract().language(), true);
        Contract r = right.inEdition(right.contract().language(), true);
        Set<Problem> problems = new LinkedHashSet<>(validator.validate(l, SourceMap.empty(), name));
        problems.addAll(validator.validate(r, SourceMap.empty(), name));
        if (l.contract().language() == r.contract().language()) {
            problems.add(new Problem(name, 1, 1, "contract.language",
                    "the two columns of a parallel edition must be in different languages"));
        } else if (problems.stream().allMatch(Problem::isWarning)) {
            problems.addAll(validator.compareEditions(l, r, SourceMap.empty(), name));
        }
        return settled(name, l, r, new ArrayList<>(problems), SourceMap.empty());
    }

    /**
     * Generates the DOCX of a description file into {@code output}, atomically: the file appears
     * complete or not at all. Nothing is written when the description is invalid.
     *
     * <p>Only a missing path or a regular file is ever replaced; a device or a pipe (such as
     * {@code /dev/null}, or {@code /dev/stdout} into a pipe) is written to directly. The
     * description itself, a directory and a symbolic link to anything but a device or a pipe are
     * refused. Every failure to write names {@code output}.
     *
     * @param overwrite whether an existing output may be replaced (it may hold a lawyer's edits)
     * @param file the description
     * @param output where the document goes
     * @return what validating the description found; the document is written only if it is valid
     * @throws UncheckedIOException when the output cannot be written; its cause is a
     *     {@link java.nio.file.FileAlreadyExistsException} when the output exists and
     *     {@code overwrite} is false, a {@link java.nio.file.FileSystemException} naming
     *     {@code output} when it is the description, a directory or a symbolic link
     */
    public Validation generate(Path file, Path output, boolean overwrite) {
        return generate(file, output, overwrite, Edition.DESCRIBED);
    }

    /** As {@link #generate(Path, Path, boolean)}, as {@code edition}. */
    public Validation generate(Path file, Path output, boolean overwrite, Edition edition) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(output, "output must not be null");
        if (isSameFile(file, output)) {
            // Found before the description is read: with overwrite, it would be replaced by its own document.
            throw new UncheckedIOException(new FileSystemException(output.toString(), null,
                    "is the description being generated; write the document to another file"));
        }
        Validation validation = validate(file, edition);
        if (validation.isValid()) {
            // Rendered whole into memory before any file is created (see AtomicFiles).
            byte[] bytes = docx(validation);
            try {
                AtomicFiles.write(output, overwrite, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validation;
    }

    /** Whether two paths are the same file: also through links, {@code ..} and hard links. */
    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The numbered document tree of a valid description, before any renderer sees it. */
    public Document document(Contract contract) {
        Objects.requireNonNull(contract, "contract must not be null");
        return StackGuard.call("building the contract", () -> DocumentPasses.apply(templates.render(contract)));
    }

    /**
     * The two numbered editions of a parallel edition, side by side: {@code left} in the
     * prevailing language and {@code right} the same contract in the other (as
     * {@link Validation#contract()} and {@link Validation#translation()} of a parallel
     * validation). The document properties are the left edition's.
     *
     * @throws ContractException when the template pack writes the two languages with different
     *     clauses, paragraphs or tables, so that they cannot stand side by side
     */
    public ParallelDocument document(Contract left, Contract right) {
        Objects.requireNonNull(left, "left must not be null");
        Objects.requireNonNull(right, "right must not be null");
        Document l = document(left.inEdition(left.contract().language(), true));
        Document r = document(right.inEdition(right.contract().language(), true));
        List<String> differences = ParallelDocument.differences(l, r);
        if (!differences.isEmpty()) {
            throw new ContractException("The template pack \"" + templates.name() + "\" writes the "
                    + left.contract().language() + " and " + right.contract().language()
                    + " editions differently, so they cannot stand side by side (samspill check finds this):\n"
                    + String.join("\n", differences));
        }
        return new ParallelDocument(l.info(), l, r);
    }

    /**
     * The JSON Schema (draft 2020-12) of the description format, with the base-agreement codes
     * of this generator's template pack: for editors that check and complete a description as
     * it is typed. Deterministic: the same pack gives the same text.
     */
    public String schema() {
        return new SchemaWriter(templates.catalogue()).schema();
    }

    /** The contract as plain text with the same numbering as the DOCX: for previews and diffs. */
    public String text(Contract contract) {
        return textRenderer.render(document(contract));
    }

    /** The parallel edition as plain text, each block followed by its translation; see {@link #document(Contract, Contract)}. */
    public String text(Contract left, Contract right) {
        return textRenderer.render(document(left, right));
    }

    private Validation writeIfValid(Validation validation, OutputStream out) {
        Objects.requireNonNull(out, "out must not be null");
        if (validation.isValid() && !validation.isParallel()) {
            docxRenderer.render(document(validation.contract()), out);
        } else if (validation.isValid()) {
            try {
                out.write(docx(validation));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validation;
    }

    private Generation render(Validation validation) {
        if (!validation.isValid()) {
            return new Generation(validation, null);
        }
        return new Generation(validation, docx(validation));
    }

    private byte[] docx(Validation validation) {
        return validation.isParallel()
                ? renderParallel(validation.contract(), validation.translation())
                : docxRenderer.render(document(validation.contract()));
    }

    private byte[] renderParallel(Contract left, Contract right) {
        return docxRenderer.render(document(left, right));
    }

    private Validation check(ReadResult read, String source) {
        Set<Problem> problems = new LinkedHashSet<>(read.problems());
        List<Contract> editions = new ArrayList<>();
        if (read.contract() != null) {
            editions.add(read.contract());
        }
        if (read.translation() != null) {
            editions.add(read.translation());
        }
        for (Contract edition : editions) {
            for (Problem problem : validator.validate(edition, read.sourceMap(), source, read.languageMaps())) {
                // A value the reader could not take is null in the model; the validator would
                // then call it missing, a second and misleading problem for the same place.
                if (!alreadyReported(problem, read.problems())) {
                    problems.add(problem);
                }
            }
        }
        if (editions.size() == 2) {
            problems.addAll(validator.compareEditions(editions.get(0), editions.get(1), read.sourceMap(), source));
        }
        return settled(source, read.contract(), read.translation(), new ArrayList<>(problems), read.sourceMap());
    }

    private Validation settled(String source, Contract contract, Contract translation, List<Problem> findings,
            SourceMap sourceMap) {
        Findings settled = validator.settle(contract, findings, sourceMap, source, strict);
        return new Validation(source, contract, settled.problems(), translation, settled.warnings(), settled.accepted());
    }

    private static boolean alreadyReported(Problem problem, List<Problem> readProblems) {
        String path = problem.path();
        for (Problem earlier : readProblems) {
            String p = earlier.path();
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
            // The term "lacks" a duration the reader could not read: the reader's problem says why.
            if (SourceMap.parent(p).equals(path)
                    && problem.message().contains("\"" + p.substring(p.lastIndexOf('.') + 1) + "\"")) {
                return true;
            }
            // "title" missing because it was misspelt "tittel": the unknown key's suggestion
            // already says what to write.
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (problem.message().startsWith("missing required key \"" + key + "\"")
                    && SourceMap.parent(p).equals(SourceMap.parent(path))
                    && earlier.message().contains("did you mean \"" + key + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static TemplatePack builtInPack() {
        return ServiceLoader.load(TemplatePack.class)
                .findFirst()
                .orElseThrow(() -> new ContractException(
                        "no template pack found: add contract-templates to the class path, "
                                + "or give one with ContractGenerator.builder().templates(...)"));
    }

    /** Configures a {@link ContractGenerator}. */
    public static final class Builder {
        private TemplatePack templates;
        private Path reference;
        private boolean strict;

        private Builder() {}

        /** The template pack to render with; default: the built-in pack, found on the class path. */
        public Builder templates(TemplatePack templates) {
            this.templates = Objects.requireNonNull(templates, "templates must not be null");
            return this;
        }

        /**
         * A reference .docx whose styles, page setup and numbering the output uses, as with
         * pandoc's {@code --reference-doc}; default: the built-in reference document.
         */
        public Builder reference(Path reference) {
            this.reference = Objects.requireNonNull(reference, "reference must not be null");
            return this;
        }

        /**
         * Whether warnings that the description does not accept stop generation as errors do
         * (the command line's {@code --strict}); default: false, warnings are reported and the
         * document is written.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public ContractGenerator build() {
            return new ContractGenerator(this);
        }
    }
}
