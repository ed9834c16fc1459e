package no.samspill.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.samspill.CheckConfiguration;
import no.samspill.ContractException;
import no.samspill.TemplatePack;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.doc.Document;
import no.samspill.internal.templates.PackFiles;
import no.samspill.internal.templates.PackManifest;
import no.samspill.internal.templates.TemplateEngine;
import no.samspill.model.Contract;
import no.samspill.model.Language;

/**
 * A template pack of Freemarker clause templates that write Markdown: the built-in pack, or a
 * user's directory with the same layout.
 *
 * <h2>Layout</h2>
 * <pre>
 * pack.yaml                       name, languages, clauses (id, version, optional when) in order,
 *                                 and optionally checks: built-in checks off, checks of its own
 * catalogue.yaml                  the base agreements the pack knows
 * labels.&lt;lang&gt;.properties        short texts: cover and signature labels, frequencies, roles...
 * clauses/&lt;id&gt;.&lt;lang&gt;.md.ftl      one template per clause and language
 * principles/&lt;id&gt;.&lt;lang&gt;.md.ftl   the text of each standard principle
 * </pre>
 *
 * <h2>A user's directory and the built-in pack</h2>
 * A directory only needs the files it changes; the built-in pack stands behind it:
 * <ul>
 *   <li>{@code pack.yaml}: the directory's, when it has one, decides the clauses and their order;
 *       otherwise the built-in manifest is used;</li>
 *   <li>every template (a clause, a principle): the directory's file when it exists, else the
 *       built-in file of the same name, so a directory holding only
 *       {@code clauses/vision.nb.md.ftl} changes the vision clause and nothing else;</li>
 *   <li>labels: the built-in labels, each overridden by the directory's label of the same key;</li>
 *   <li>{@code catalogue.yaml}: the built-in agreements; an agreement of the directory replaces
 *       the built-in one with the same code, and new codes are added.</li>
 * </ul>
 *
 * <p>Everything is read, parsed and checked when the pack is built: a broken template fails then,
 * with a {@link no.samspill.TemplateException} naming the file and line. A pack is immutable and
 * thread-safe; {@link #render} reads no file.
 */
public final class FreemarkerTemplatePack implements TemplatePack {

    private final TemplateEngine engine;
    private final PackFiles files;

    private FreemarkerTemplatePack(TemplateEngine engine, PackFiles files) {
        this.engine = engine;
        this.files = files;
    }

    /** The built-in pack from the class path. */
    public static FreemarkerTemplatePack builtIn() {
        PackFiles files = PackFiles.builtIn();
        return new FreemarkerTemplatePack(new TemplateEngine("built-in", files), files);
    }

    /**
     * Writes every file of the built-in pack into a directory, with the layout of a pack: the
     * starting point of an organisation's own pack. {@code fromDirectory} on the result gives the
     * same contracts as the built-in pack.
     *
     * @return the files written, relative to the directory, in the order written
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> exportBuiltIn(Path directory) {
        PackFiles files = PackFiles.builtIn();
        List<String> written = new ArrayList<>();
        for (String file : PackFiles.builtInFileNames()) {
            Path target = directory.resolve(file);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, files.readBuiltIn(file).orElseThrow(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + target, e);
            }
            written.add(file);
        }
        return written;
    }

    /**
     * Writes the examples shipped with samspill into {@code DIR/examples} and their golden
     * snapshots into {@code DIR/golden}, where {@link PackCheck#directory} looks for them.
     *
     * @return the example files written, relative to the directory
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> exportBuiltInExamples(Path directory) {
        List<String> written = new ArrayList<>();
        List<String> languages = builtIn().engine.manifest().languages();
        for (String example : PackCheck.BUNDLED_EXAMPLES) {
            copyResource("no/samspill/templates/examples/" + example + ".yaml", directory.resolve("examples/" + example + ".yaml"));
            written.add("examples/" + example + ".yaml");
            for (String language : languages) {
                String snapshot = example + "." + language + ".txt";
                copyResource("no/samspill/templates/golden/" + snapshot, directory.resolve("golden/" + snapshot));
            }
        }
        return written;
    }

    private static void copyResource(String resource, Path target) {
        try (java.io.InputStream in = FreemarkerTemplatePack.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from samspill");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
    }

    /** The clauses in document order, as {@code pack.yaml} lists them. */
    public List<PackClause> clauses() {
        List<String> languages = engine.manifest().languages();
        List<PackClause> clauses = new ArrayList<>();
        for (PackManifest.Clause clause : engine.manifest().clauses()) {
            List<String> templates = languages.stream().map(clause::template).toList();
            List<String> own = templates.stream().filter(t -> files.readOwn(t).isPresent()).toList();
            clauses.add(new PackClause(clause.id(), clause.version(), languages, clause.when(), templates, own));
        }
        return clauses;
    }

    /** The clause with this id, if the pack has it. */
    public Optional<PackClause> clause(String id) {
        return clauses().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The source of a file of the pack (a template, relative to the pack), the user's or the built-in one. */
    public Optional<String> source(String file) {
        return files.read(file);
    }

    /**
     * A user's pack in a directory, with the built-in pack behind it (see the class description).
     *
     * @throws ContractException when the directory does not exist
     * @throws no.samspill.TemplateException when a file of the pack is broken
     */
    public static FreemarkerTemplatePack fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory must not be null");
        if (!Files.isDirectory(directory)) {
            throw new ContractException("The template directory " + directory + " does not exist.");
        }
        PackFiles files = PackFiles.directory(directory);
        return new FreemarkerTemplatePack(new TemplateEngine(directory.toString(), files), files);
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public Set<Language> languages() {
        return engine.languages();
    }

    @Override
    public BaseAgreementCatalogue catalogue() {
        return engine.catalogue();
    }

    /**
     * The checks the pack's {@code pack.yaml} switches off ({@code checks.off}) and adds
     * ({@code checks.add}), read and checked when the pack was built; see docs/templates.md.
     */
    @Override
    public CheckConfiguration checks() {
        return engine.checks();
    }

    @Override
    public Document render(Contract contract) {
        return engine.render(Objects.requireNonNull(contract, "contract must not be null"));
    }
}
