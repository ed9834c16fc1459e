package no.samspill.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.samspill.ContractException;
import no.samspill.internal.templates.PackChecks;
import no.samspill.internal.templates.PackFiles;

/**
 * Checks a template pack before a change to it reaches a contract: what {@code samspill check}
 * runs in a pack's CI.
 *
 * <ul>
 *   <li><b>manifest</b>: {@code pack.yaml} reads, ids are unique, conditions name real fields,
 *       every clause template of the directory is in the clause list, and its {@code checks}
 *       switch off built-in checks that exist and add checks whose schemas can run;</li>
 *   <li><b>templates</b>: every clause parses and renders, in every language of the pack, against a
 *       description with every optional field set and one with none set;</li>
 *   <li><b>parity</b>: every clause exists in every language, with the same anchors and
 *       cross-references;</li>
 *   <li><b>examples</b>: every example validates, with no warning it does not accept, and renders
 *       in every language;</li>
 *   <li><b>golden</b>: the text of each, clause by clause, equals its golden snapshot
 *       ({@code <example>.<lang>.txt}); a difference comes as a unified diff;</li>
 *   <li><b>versions</b>: a clause whose text changed carries a higher version than its snapshot records.</li>
 * </ul>
 *
 * <p>Immutable: the {@code with...} methods give a new check. {@link #run()} reads the files each time.
 */
public final class PackCheck {

    /** The examples shipped with samspill, by file name without {@code .yaml}. */
    public static final List<String> BUNDLED_EXAMPLES = List.of("ehelse-ssa-l", "drift-ssa-d", "agile-ssa-s", "velferd-ssa-l");

    private static final String BUNDLED_EXAMPLES_ROOT = "no/samspill/templates/examples/";
    private static final String BUNDLED_GOLDEN_ROOT = "no/samspill/templates/golden/";

    private final Path templates;
    private final Path examples;
    private final Path golden;
    private final boolean update;

    private PackCheck(Path templates, Path examples, Path golden, boolean update) {
        this.templates = templates;
        this.examples = examples;
        this.golden = golden;
        this.update = update;
    }

    /**
     * The built-in pack, with the examples and snapshots shipped with samspill (until
     * {@link #withExamples} or {@link #withGolden} say otherwise).
     */
    public static PackCheck builtIn() {
        return new PackCheck(null, null, null, false);
    }

    /**
     * A pack directory (the built-in pack behind it), with {@code DIR/examples} (when it exists;
     * else the examples shipped with samspill) and the snapshots in {@code DIR/golden}.
     */
    public static PackCheck directory(Path templates) {
        return new PackCheck(templates, null, null, false);
    }

    /** Checks the {@code *.yaml} files of this directory as the examples. */
    public PackCheck withExamples(Path directory) {
        return new PackCheck(templates, directory, golden, update);
    }

    /** Compares with the snapshots in this directory. */
    public PackCheck withGolden(Path directory) {
        return new PackCheck(templates, examples, directory, update);
    }

    /**
     * Writes a snapshot that is missing or differs, instead of failing, unless a changed clause
     * kept its version: that snapshot is not written, and the failure stays. Read the diff first.
     *
     * @throws ContractException when the snapshots are the read-only ones shipped with samspill
     */
    public PackCheck withUpdate(boolean update) {
        PackCheck check = new PackCheck(templates, examples, golden, update);
        if (update && check.goldenDirectory() == null) {
            throw new ContractException("The snapshots shipped with samspill cannot be rewritten; "
                    + "name a snapshot directory with --golden.");
        }
        return check;
    }

    /**
     * Runs every check.
     *
     * @throws ContractException when the pack, examples or snapshot directory does not exist
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public CheckReport run() {
        PackFiles files;
        if (templates == null) {
            files = PackFiles.builtIn();
        } else {
            requireDirectory(templates, "template");
            files = PackFiles.directory(templates);
        }
        String name = templates == null ? "built-in" : templates.toString();
        return PackChecks.run(files, name, examples(), goldens(), update);
    }

    private Path examplesDirectory() {
        if (examples != null) {
            return examples;
        }
        if (templates != null && Files.isDirectory(templates.resolve("examples"))) {
            return templates.resolve("examples");
        }
        return null;
    }

    private Path goldenDirectory() {
        if (golden != null) {
            return golden;
        }
        return templates == null ? null : templates.resolve("golden");
    }

    private List<PackChecks.Example> examples() {
        Path directory = examplesDirectory();
        List<PackChecks.Example> found = new ArrayList<>();
        if (directory == null) {
            for (String name : BUNDLED_EXAMPLES) {
                found.add(new PackChecks.Example(name, "examples/" + name + ".yaml",
                        resource(BUNDLED_EXAMPLES_ROOT + name + ".yaml").orElseThrow(() ->
                                new IllegalStateException("the bundled example " + name + " is missing"))));
            }
            return found;
        }
        requireDirectory(directory, "examples");
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                found.add(new PackChecks.Example(fileName.substring(0, fileName.length() - ".yaml".length()),
                        file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the examples in " + directory, e);
        }
        return found;
    }

    private PackChecks.Goldens goldens() {
        Path directory = goldenDirectory();
        if (directory != null) {
            return new DirectoryGoldens(directory);
        }
        // The built-in snapshots belong to the built-in examples; other examples have none here.
        return examples == null ? new BundledGoldens() : null;
    }

    private static void requireDirectory(Path directory, String what) {
        if (!Files.isDirectory(directory)) {
            throw new ContractException("The " + what + " directory " + directory + " does not exist.");
        }
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = PackCheck.class.getResourceAsStream("/" + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record DirectoryGoldens(Path directory) implements PackChecks.Goldens {
        @Override
        public Optional<String> read(String fileName) {
            Path file = directory.resolve(fileName);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }

        @Override
        public String path(String fileName) {
            return directory.resolve(fileName).toString();
        }

        @Override
        public void write(String fileName, String text) {
            try {
                Files.createDirectories(directory);
                Files.writeString(directory.resolve(fileName), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + directory.resolve(fileName), e);
            }
        }
    }

    private static final class BundledGoldens implements PackChecks.Goldens {
        @Override
        public Optional<String> read(String fileName) {
            return resource(BUNDLED_GOLDEN_ROOT + fileName);
        }

        @Override
        public String path(String fileName) {
            return "golden/" + fileName;
        }

        @Override
        public void write(String fileName, String text) {
            throw new IllegalStateException("the snapshots shipped with samspill are read-only");
        }
    }
}
