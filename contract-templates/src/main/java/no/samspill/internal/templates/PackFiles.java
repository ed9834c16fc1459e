package no.samspill.internal.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samspill.TemplateException;
import no.samspill.model.StandardPrinciple;

/**
 * Where the files of a pack come from: the built-in pack on the class path, or a user's directory
 * with the built-in pack behind it for whatever the directory lacks.
 *
 * <p>Every file of a user's directory is read here, templates included (see
 * {@link PackTemplateLoader}), so that one place decides what a pack may read: a regular file
 * whose real path, with every link followed, lies inside the real path of the directory; UTF-8
 * text; at most {@link #MAX_FILE_BYTES}. A pack is often someone else's directory (a shared drive,
 * a repository): a link in it to {@code /etc/passwd} or to a colleague's home must not put that
 * file into a contract or an error message.
 */
public final class PackFiles {

    /** Where the built-in pack lives on the class path. */
    public static final String BUILT_IN_ROOT = "no/samspill/templates/pack/";

    /** The largest file a pack may hold; the largest built-in file is a few kilobytes. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private final Path directory;
    // The directory with its links resolved: what the real path of every file must lie in.
    private final Path realDirectory;

    private PackFiles(Path directory, Path realDirectory) {
        this.directory = directory;
        this.realDirectory = realDirectory;
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
        return new PackFiles(null, null);
    }

    /** @throws UncheckedIOException when the directory does not exist or cannot be resolved */
    public static PackFiles directory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            return new PackFiles(absolute, absolute.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the template directory " + directory, e);
        }
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

    /**
     * The file from the user's directory only; empty for the built-in pack.
     *
     * @throws TemplateException when the file is a link out of the directory, is too large or is
     *     not UTF-8 text: the message names the file (relative to the pack) and the line, and
     *     never quotes the file
     */
    public Optional<String> readOwn(String relativePath) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(relativePath).normalize();
        // The text check keeps "../x" and absolute names out; a missing file (or a dangling link)
        // is simply not the directory's, and the built-in file stands in for it.
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // The text check cannot see links: clauses/x.ftl or a linked clauses/ folder may point
            // anywhere. The real paths can.
            if (!file.toRealPath().startsWith(realDirectory)) {
                throw new TemplateException(relativePath, 0, "this file is a link to a file outside the template directory;"
                        + " a pack may only read its own files, so copy the file into the pack instead", null);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new TemplateException(relativePath, 0, "this file is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, far more than any template, label or catalogue file needs", null);
            }
            return Optional.of(utf8(bytes, relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * The bytes as UTF-8 text, or a {@link TemplateException} at the line of the first byte that
     * is not UTF-8: Java's own "Input length = 1" says nothing to the pack's author.
     */
    static String utf8(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new TemplateException(file, line, file + " is not UTF-8 text at line " + line
                    + "; save it as UTF-8 (Word and some editors save Latin-1 or Windows-1252)", null);
        }
        out.flip();
        return out.toString();
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
