package no.samspill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The descriptions a command was given, and the checks made before one is read, so that the user
 * gets one plain line. validate and generate read their FILE arguments the same way: a directory
 * stands for the descriptions in it, {@code -} for standard input.
 */
final class InputFiles {
    private InputFiles() {}

    /**
     * The descriptions {@code inputs} name, in order.
     *
     * @param files a FILE named itself, or each {@code *.yaml} and {@code *.yml} file directly in
     *     a directory, sorted by name (not its subdirectories: a pack's examples or an archive
     *     beside the contracts are not taken by surprise)
     * @param emptyDirectories how many directories held no description; each is said on
     *     standard error, and makes the run fail with exit code 3
     */
    record Expanded(List<Path> files, int emptyDirectories) {}

    static Expanded expand(List<Path> inputs, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        int empty = 0;
        for (Path input : inputs) {
            if (!StandardStreams.isDash(input) && Files.isDirectory(input)) {
                List<Path> found = descriptionsIn(input);
                if (found.isEmpty()) {
                    Messages.error(err, input + ": no .yaml or .yml files in this directory");
                    empty++;
                }
                files.addAll(found);
            } else {
                files.add(input);
            }
        }
        return new Expanded(List.copyOf(files), empty);
    }

    /** Why the arguments cannot be read as given, or null: standard input can be read only once. */
    static String whyNotReadable(List<Path> files) {
        long dashes = files.stream().filter(StandardStreams::isDash).count();
        return dashes > 1 ? "- (standard input) is named " + dashes + " times; it can be read only once" : null;
    }

    /** How a message names {@code file}: {@code <stdin>} for standard input. */
    static String name(Path file) {
        return StandardStreams.isDash(file) ? StandardStreams.STDIN_NAME : file.toString();
    }

    /** Why {@code file} cannot be read as a description, or null when it can. */
    static String whyUnreadable(Path file) {
        if (StandardStreams.isDash(file)) {
            return null;
        }
        if (!Files.exists(file)) {
            return file + ": no such file";
        }
        if (Files.isDirectory(file)) {
            return file + ": is a directory, not a description file";
        }
        if (!Files.isReadable(file)) {
            return file + ": permission denied";
        }
        return null;
    }

    private static List<Path> descriptionsIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(InputFiles::isDescriptionName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDescriptionName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
