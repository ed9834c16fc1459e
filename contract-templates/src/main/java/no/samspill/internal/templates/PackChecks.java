package no.samspill.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samspill.ContractException;
import no.samspill.ContractGenerator;
import no.samspill.Edition;
import no.samspill.Problem;
import no.samspill.TemplateException;
import no.samspill.Validation;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentPasses;
import no.samspill.doc.ParallelDocument;
import no.samspill.internal.read.ContractReader;
import no.samspill.internal.read.ReadResult;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.templates.CheckCase;
import no.samspill.templates.CheckFailure;
import no.samspill.templates.CheckReport;

/**
 * The checks of {@code samspill check}, run on one pack: the manifest, every template against a
 * maximal and a minimal description in every language, the parity of the languages, and every
 * example against its golden snapshots, with the version rule. See {@code docs/ci.md}.
 */
public final class PackChecks {

    public static final String MANIFEST = "manifest";
    public static final String TEMPLATES = "templates";
    public static final String PARITY = "parity";
    public static final String EXAMPLES = "examples";
    public static final String GOLDEN = "golden";
    public static final String VERSIONS = "versions";

    private static final String DESCRIPTIONS = "no/samspill/templates/check/";

    /** An example description: its name (the file name without {@code .yaml}), where it is, and its text. */
    public record Example(String name, String file, String yaml) {}

    /** Where the golden snapshots are: a directory, or the read-only snapshots shipped with samspill. */
    public interface Goldens {
        Optional<String> read(String fileName);

        /** The snapshot's name in messages. */
        String path(String fileName);

        void write(String fileName, String text);
    }

    private final PackFiles files;
    private final String packName;
    private final List<Example> examples;
    private final Goldens goldens;
    private final boolean update;
    private final List<CheckCase> cases = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String manifestText = "";

    private PackChecks(PackFiles files, String packName, List<Example> examples, Goldens goldens, boolean update) {
        this.files = files;
        this.packName = packName;
        this.examples = examples;
        this.goldens = goldens;
        this.update = update;
    }

    /**
     * Runs every check. Checks that need a loaded pack are not run when the pack cannot be
     * loaded; the failure that stopped it is in the report.
     *
     * @param goldens null to compare no text (the report then says so)
     */
    public static CheckReport run(PackFiles files, String packName, List<Example> examples, Goldens goldens,
            boolean update) {
        return new PackChecks(files, packName, examples, goldens, update).run();
    }

    private CheckReport run() {
        PackManifest manifest = manifest();
        if (manifest != null && translationsPresent(manifest)) {
            TemplateEngine engine = load();
            if (engine != null) {
                Map<String, Map<Language, ClauseRendering>> renders = templates(engine);
                parity(engine, renders);
                examples(engine);
            }
        }
        return new CheckReport(cases, updated, notes);
    }

    private PackManifest manifest() {
        List<CheckFailure> failures = new ArrayList<>();
        PackManifest manifest = null;
        Optional<String> text = files.read(PackManifest.FILE);
        if (text.isEmpty()) {
            failures.add(new CheckFailure(PackManifest.FILE, 0, MANIFEST, "the pack has no pack.yaml"));
        } else {
            manifestText = text.get();
            try {
                manifest = PackManifest.read(manifestText);
            } catch (TemplateException e) {
                failures.add(failure(e, MANIFEST));
            }
        }
        if (manifest != null) {
            for (String orphan : orphanTemplates(manifest)) {
                failures.add(new CheckFailure(orphan, 1, MANIFEST,
                        "this clause is not in the clause list of pack.yaml, so no contract contains it; "
                                + "add it to the list, or delete the file"));
            }
        }
        cases.add(new CheckCase(MANIFEST, PackManifest.FILE, failures));
        return failures.isEmpty() ? manifest : null;
    }

    /** Clause templates in the user's directory that the manifest does not list. */
    private List<String> orphanTemplates(PackManifest manifest) {
        Path directory = files.directoryOrNull();
        if (directory == null || !Files.isDirectory(directory.resolve("clauses"))) {
            return List.of();
        }
        Set<String> listed = new HashSet<>();
        manifest.clauses().forEach(c -> listed.add(c.id()));
        try (Stream<Path> entries = Files.list(directory.resolve("clauses"))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md.ftl"))
                    .filter(n -> !listed.contains(n.substring(0, n.indexOf('.'))))
                    .sorted()
                    .map(n -> "clauses/" + n)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + directory.resolve("clauses"), e);
        }
    }

    private boolean translationsPresent(PackManifest manifest) {
        boolean complete = true;
        for (PackManifest.Clause clause : manifest.clauses()) {
            List<CheckFailure> failures = new ArrayList<>();
            for (String language : manifest.languages()) {
                String template = clause.template(language);
                if (files.read(template).isEmpty()) {
                    failures.add(new CheckFailure(PackManifest.FILE, clauseLine(clause.id()), PARITY,
                            "the clause " + clause.id() + " has no text in the language " + language + ": "
                                    + template + " is missing"));
                }
            }
            if (!failures.isEmpty()) {
                cases.add(new CheckCase(PARITY, clause.id(), failures));
                complete = false;
            }
        }
        return complete;
    }

    private TemplateEngine load() {
        try {
            return new TemplateEngine(packName, files);
        } catch (TemplateException e) {
            String check = e.template().equals(PackManifest.FILE) ? MANIFEST : TEMPLATES;
            cases.add(new CheckCase(check, e.template(), List.of(failure(e, check))));
            return null;
        }
    }

    /**
     * The descriptions every clause is rendered against: every field set, the fewest set, and every
     * field of several customers and a consortium, which two parties cannot show.
     */
    private static final List<String> RENDERED_AGAINST = List.of("maximal", "minimal", "several");

    /** Every clause against the maximal, the minimal and the several-parties description, in every language. */
    private Map<String, Map<Language, ClauseRendering>> templates(TemplateEngine engine) {
        Map<String, Map<Language, ClauseRendering>> renders = new LinkedHashMap<>();
        Map<String, Set<CheckFailure>> failures = new LinkedHashMap<>();
        for (Language language : languages(engine)) {
            for (PackManifest.Clause clause : engine.manifest().clauses()) {
                failures.put(clause.id() + " (" + language + ")", new LinkedHashSet<>());
            }
        }
        for (String description : RENDERED_AGAINST) {
            Contract contract = description(description);
            for (Language language : languages(engine)) {
                Set<String> skipped = new HashSet<>();
                while (true) {
                    try {
                        ClauseRendering rendering = engine.renderClauses(inLanguage(contract, language), skipped);
                        renders.computeIfAbsent(description, d -> new LinkedHashMap<>()).put(language, rendering);
                        break;
                    } catch (TemplateException e) {
                        String clause = clauseOf(e.template(), engine.manifest());
                        String key = (clause == null ? e.template() : clause) + " (" + language + ")";
                        failures.computeIfAbsent(key, k -> new LinkedHashSet<>())
                                .add(failure(e, TEMPLATES, " (with the " + description + " description in "
                                        + language + ")"));
                        if (clause == null || !skipped.add(clause)) {
                            break;
                        }
                    }
                }
            }
        }
        failures.forEach((name, found) -> cases.add(new CheckCase(TEMPLATES, name, new ArrayList<>(found))));
        return renders;
    }

    /** The same anchors and cross-references in every language, clause by clause. */
    private void parity(TemplateEngine engine, Map<String, Map<Language, ClauseRendering>> renders) {
        List<Language> languages = languages(engine);
        Map<String, Set<CheckFailure>> failures = new LinkedHashMap<>();
        engine.manifest().clauses().forEach(c -> failures.put(c.id(), new LinkedHashSet<>()));
        for (Map<Language, ClauseRendering> byLanguage : renders.values()) {
            if (byLanguage.size() != languages.size()) {
                continue;
            }
            for (Language first : languages) {
                for (Language other : languages) {
                    if (first == other) {
                        continue;
                    }
                    Map<String, ClauseRendering.Clause> mine = byId(byLanguage.get(first));
                    Map<String, ClauseRendering.Clause> theirs = byId(byLanguage.get(other));
                    mine.forEach((id, clause) -> {
                        ClauseRendering.Clause counterpart = theirs.get(id);
                        if (counterpart == null) {
                            // Left out of the other render because it failed there: reported already.
                            return;
                        }
                        List<String> theirAnchors = counterpart.anchors();
                        List<String> theirReferences = counterpart.references();
                        String otherFile = engine.manifest().clauses().stream().filter(c -> c.id().equals(id))
                                .findFirst().orElseThrow().template(other.name());
                        for (String anchor : clause.anchors()) {
                            if (!theirAnchors.contains(anchor)) {
                                failures.get(id).add(new CheckFailure(clause.template(),
                                        line(engine, clause.template(), "#" + anchor), PARITY,
                                        "the anchor #" + anchor + " has no counterpart in " + otherFile));
                            }
                        }
                        for (String reference : new LinkedHashSet<>(clause.references())) {
                            if (!theirReferences.contains(reference)) {
                                failures.get(id).add(new CheckFailure(clause.template(),
                                        line(engine, clause.template(), "§[" + reference + "]"), PARITY,
                                        "the cross-reference §[" + reference + "] has no counterpart in " + otherFile));
                            }
                        }
                    });
                }
            }
        }
        failures.forEach((id, found) -> cases.add(new CheckCase(PARITY, id, new ArrayList<>(found))));
        for (String description : RENDERED_AGAINST) {
            Map<Language, Contract> editions = new LinkedHashMap<>();
            languages.forEach(language -> editions.put(language, inLanguage(description(description), language)));
            cases.add(new CheckCase(PARITY, "the clause tree with the " + description + " description",
                    treeDifferences(engine, editions, PackManifest.FILE)));
        }
    }

    /**
     * The whole documents of each language against each other: the same headings, paragraphs,
     * lists, tables and cross-references, so that a parallel edition can set them side by side.
     * A render that fails is reported where the templates are checked.
     */
    private static List<CheckFailure> treeDifferences(TemplateEngine engine, Map<Language, Contract> editions, String file) {
        List<CheckFailure> failures = new ArrayList<>();
        List<Language> languages = new ArrayList<>(editions.keySet());
        for (int i = 1; i < languages.size(); i++) {
            Language first = languages.get(0);
            Language other = languages.get(i);
            Document left;
            Document right;
            try {
                left = DocumentPasses.apply(engine.render(editions.get(first)));
                right = DocumentPasses.apply(engine.render(editions.get(other)));
            } catch (ContractException e) {
                continue;
            }
            for (String difference : ParallelDocument.differences(left, right)) {
                failures.add(new CheckFailure(file, 0, PARITY, "the " + first + " and " + other
                        + " editions differ, so they cannot stand side by side: " + difference));
            }
        }
        return failures;
    }

    private void examples(TemplateEngine engine) {
        ContractGenerator generator = ContractGenerator.builder().templates(engine).build();
        Map<String, CheckFailure> versionFailures = new LinkedHashMap<>();
        Set<String> versionChecked = new LinkedHashSet<>();
        if (goldens == null) {
            notes.add("no golden snapshots were given, so the texts of the examples were not compared");
        }
        for (Example example : examples) {
            Validation validation = generator.validate(example.file(), example.yaml());
            if (!validation.isValid()) {
                cases.add(new CheckCase(EXAMPLES, example.file(), validation.problems().stream()
                        .map(p -> new CheckFailure(p.file(), p.line(), EXAMPLES, p.path() + ": " + p.message()))
                        .toList()));
                continue;
            }
            List<CheckFailure> exampleFailures = new ArrayList<>();
            // An example is what users copy: a warning in it would be copied into contracts. The
            // warnings it accepts under checks.accept, with their reasons, are not among these.
            for (Problem warning : validation.warnings()) {
                exampleFailures.add(new CheckFailure(warning.file(), warning.line(), EXAMPLES, "warning: "
                        + warning.path() + ": " + warning.message() + " [" + warning.code() + "]; an example is what"
                        + " users copy: change it, or accept the warning under checks.accept with the reason"));
            }
            Map<Language, Contract> editions = new LinkedHashMap<>();
            for (Language language : languages(engine)) {
                List<String> texts;
                ClauseRendering rendering;
                try {
                    Contract edition = edition(generator, example, validation, language);
                    editions.put(language, edition);
                    rendering = engine.renderClauses(edition, Set.of());
                    texts = rendering.clauseTexts();
                } catch (TemplateException e) {
                    exampleFailures.add(failure(e, EXAMPLES, " (rendering " + example.file() + " in " + language + ")"));
                    continue;
                } catch (ContractException e) {
                    exampleFailures.add(new CheckFailure(example.file(), 0, EXAMPLES,
                            "the example does not render in " + language + ": " + e.getMessage()));
                    continue;
                }
                if (goldens != null) {
                    golden(example, language, snapshot(rendering, texts, language, engine), engine, versionFailures,
                            versionChecked);
                }
            }
            exampleFailures.addAll(treeDifferences(engine, editions, example.file()));
            cases.add(new CheckCase(EXAMPLES, example.file(), exampleFailures));
        }
        for (String id : versionChecked) {
            CheckFailure failure = versionFailures.get(id);
            cases.add(new CheckCase(VERSIONS, id, failure == null ? List.of() : List.of(failure)));
        }
    }

    private void golden(Example example, Language language, Snapshot current, TemplateEngine engine,
            Map<String, CheckFailure> versionFailures, Set<String> versionChecked) {
        String fileName = example.name() + "." + language + ".txt";
        String path = goldens.path(fileName);
        Optional<String> stored = goldens.read(fileName);
        List<CheckFailure> failures = new ArrayList<>();
        boolean versionRuleBroken = false;
        int compared = 0;
        int refingerprinted = 0;
        if (stored.isEmpty()) {
            failures.add(new CheckFailure(path, 0, GOLDEN, "there is no snapshot of " + example.file() + " in "
                    + language + "; write it with samspill check --update, and read it"));
        } else {
            Snapshot golden = Snapshot.parse(stored.get());
            Set<String> ids = new LinkedHashSet<>(golden.clauses().keySet());
            ids.addAll(current.clauses().keySet());
            for (String id : ids) {
                Snapshot.Entry before = golden.clauses().get(id);
                Snapshot.Entry after = current.clauses().get(id);
                String beforeText = before == null ? "" : before.text();
                String afterText = after == null ? "" : after.text();
                if (before != null && after != null) {
                    versionChecked.add(id);
                    compared++;
                    if (before.fingerprint() != null && !before.fingerprint().equals(after.fingerprint())) {
                        refingerprinted++;
                    }
                }
                if (beforeText.equals(afterText)) {
                    continue;
                }
                List<String> diff = LineDiff.unified(lines(beforeText), lines(afterText));
                int line = before == null ? 0 : before.line() + firstChangedLine(diff);
                failures.add(new CheckFailure(path, line, GOLDEN, "the text of the clause " + id + " (" + language
                        + ") differs from the snapshot (- snapshot, + now):\n" + String.join("\n", diff)));
                // The same fingerprint: the clause's files are as they were, so the example changed,
                // which a new snapshot records without a new version of the clause.
                boolean clauseChanged = before == null || after == null || before.fingerprint() == null
                        || !before.fingerprint().equals(after.fingerprint());
                if (clauseChanged && before != null && after != null && after.version() <= before.version()) {
                    versionRuleBroken = true;
                    versionFailures.putIfAbsent(id, new CheckFailure(PackManifest.FILE, clauseLine(id), VERSIONS,
                            "clause " + id + " changed (see the diff of " + path + ") but its version is still "
                                    + after.version() + " in " + PackManifest.FILE + ":" + clauseLine(id)
                                    + "; raise it to " + (before.version() + 1)));
                }
            }
        }
        if (update && !failures.isEmpty() && !versionRuleBroken) {
            goldens.write(fileName, current.format());
            updated.add(path);
            failures.clear();
        } else if (update && failures.isEmpty() && compared > 0 && refingerprinted == compared) {
            // Every text is as recorded, but every clause has a new fingerprint: a file all clauses
            // share (labels, catalogue, principles) changed. The headers get the new fingerprints, or
            // the next change of an example would be taken for a change of its clause. A single
            // clause's new fingerprint is left alone: its own templates changed, which only a new
            // version may record.
            goldens.write(fileName, current.format());
            updated.add(path);
        }
        cases.add(new CheckCase(GOLDEN, path, failures));
    }

    /** The snapshot of a render: each clause that wrote text, under its header. */
    private static Snapshot snapshot(ClauseRendering rendering, List<String> texts, Language language,
            TemplateEngine engine) {
        Map<String, Snapshot.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isEmpty()) {
                continue;
            }
            PackManifest.Clause clause = rendering.clauses().get(i).clause();
            entries.put(clause.id(), new Snapshot.Entry(clause.id(), clause.version(), language.name(), texts.get(i), 0,
                    engine.clauseFingerprint(clause.id())));
        }
        return new Snapshot(entries);
    }

    /** The line of the first change, counted from the clause's header (the first body line is 1). */
    private static int firstChangedLine(List<String> diff) {
        int line = 0;
        for (String entry : diff) {
            if (entry.startsWith("@@")) {
                String oldRange = entry.substring(4, entry.indexOf(' ', 4));
                line = Integer.parseInt(oldRange.substring(0, oldRange.indexOf(','))) - 1;
            } else if (entry.startsWith(" ")) {
                line++;
            } else {
                return line + 1;
            }
        }
        return line + 1;
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    private int clauseLine(String id) {
        Pattern entry = Pattern.compile("id:\\s*" + Pattern.quote(id) + "\\s*(,|}|$)");
        String[] lines = manifestText.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (entry.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int line(TemplateEngine engine, String template, String snippet) {
        return PackManifest.lineOf(engine.templateSource(template), snippet);
    }

    private static Map<String, ClauseRendering.Clause> byId(ClauseRendering rendering) {
        Map<String, ClauseRendering.Clause> byId = new LinkedHashMap<>();
        rendering.clauses().forEach(c -> byId.put(c.clause().id(), c));
        return byId;
    }

    /** The clause a failing template belongs to: its own file, or a principle's text for the principles clause. */
    private static String clauseOf(String template, PackManifest manifest) {
        for (PackManifest.Clause clause : manifest.clauses()) {
            for (String language : manifest.languages()) {
                if (clause.template(language).equals(template)) {
                    return clause.id();
                }
            }
        }
        return template.startsWith("principles/") && manifest.clauses().stream().anyMatch(c -> c.id().equals("principles"))
                ? "principles" : null;
    }

    private static List<Language> languages(TemplateEngine engine) {
        return engine.languages().stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static CheckFailure failure(TemplateException e, String check) {
        return failure(e, check, "");
    }

    private static CheckFailure failure(TemplateException e, String check, String context) {
        String prefix = e.template() + ":" + e.line() + ": ";
        String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return new CheckFailure(e.template(), e.line(), check, message + context);
    }

    /** The maximal, the minimal or the several-parties description shipped with samspill. */
    static Contract description(String name) {
        String file = name + ".yaml";
        try (InputStream in = PackChecks.class.getResourceAsStream("/" + DESCRIPTIONS + file)) {
            if (in == null) {
                throw new IllegalStateException("the " + name + " description is missing from samspill");
            }
            ReadResult read = ContractReader.create().read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (read.contract() == null || !read.problems().isEmpty()) {
                throw new IllegalStateException("the " + name + " description does not read: "
                        + read.problems().stream().map(Problem::toString).toList());
            }
            return read.contract();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same contract in another language, as if the description said {@code language: ...}. */
    /**
     * The example as its edition in {@code language}: read in that language where the example
     * has its texts in it, else its own texts with that language's clauses, so that every
     * clause of the pack is checked in every language whatever languages the example is in.
     */
    private static Contract edition(ContractGenerator generator, Example example, Validation own, Language language) {
        Validation edition = generator.validate(example.file(), example.yaml(), Edition.of(language));
        return edition.isValid() ? edition.contract() : inLanguage(own.contract(), language);
    }

    static Contract inLanguage(Contract contract, Language language) {
        return contract.inLanguage(language);
    }
}
