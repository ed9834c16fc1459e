package no.samspill.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.model.StandardPrinciple;

/**
 * Where the files of a pack come from: the built-in pack on the class path, or a user's directory
 * with the built-in pack behind it for whatever the directory lacks.
 */
public final class PackFiles {

    /** Where the built-in pack lives on the class path. */
    public static final String BUILT_IN_ROOT = "no/samspill/templates/pack/";

    private final Path directory;

    private PackFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Every file of the built-in pack, relative to it: what its manifest names, the principles'
     * texts, the labels of its languages and the catalogue. A class path cannot be listed, so
     * the list is derived from the manifest; a test keeps it equal to the source directory.
     */
    public static List<String> builtInFileNames() {
        PackFiles files = builtIn();
        PackManifest manifest = PackManifest.read(files.readBuiltIn(PackManifest.FILE).orElseThrow());
        List<String> names = new ArrayList<>(List.of(PackManifest.FILE, "catalogue.yaml"));
        for (String language : manifest.languages()) {
            names.add("labels." + language + ".properties");
        }
        for (PackManifest.Clause clause : manifest.clauses()) {
            manifest.languages().forEach(language -> names.add(clause.template(language)));
        }
        for (StandardPrinciple principle : StandardPrinciple.values()) {
            manifest.languages().forEach(language -> names.add("principles/" + principle.id() + "." + language + ".md.ftl"));
        }
        return List.copyOf(names);
    }

    public static PackFiles builtIn() {
        return new PackFiles(null);
    }

    public static PackFiles directory(Path directory) {
        return new PackFiles(directory.toAbsolutePath().normalize());
    }

    /** The user's directory, or null for the built-in pack. */
    public Path directoryOrNull() {
        return directory;
    }

    /** The file from the user's directory if it has it, else from the built-in pack. */
    public Optional<String> read(String relativePath) {
        Optional<String> own = readOwn(relativePath);
        return own.isPresent() ? own : readBuiltIn(relativePath);
    }

    /** The file from the user's directory only; empty for the built-in pack. */
    public Optional<String> readOwn(String relativePath) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(relativePath).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    public Optional<String> readBuiltIn(String relativePath) {
        // Asked through this module's own class: on the module path its files are hidden from others.
        try (InputStream in = PackFiles.class.getResourceAsStream("/" + BUILT_IN_ROOT + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in " + relativePath, e);
        }
    }
}
