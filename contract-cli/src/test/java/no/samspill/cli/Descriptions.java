package no.samspill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small descriptions of the tests' own, for the findings: one that every check passes, and
 * copies of it with exactly one warning, that warning accepted, or an error added. The bundled
 * examples are not used, so that a change to them does not change what these tests expect.
 */
final class Descriptions {

    /** The forum whose responsibilities {@link #withWarning()} removes, and the line its warning points at. */
    static final String WARNING_LINE = ":20:7: warning: governance.forums[0].responsibilities: the forum \"steering\" "
            + "has no responsibilities";
    static final String WARNING_CODE = "forum-without-responsibilities";
    static final String REASON = "Styringsgruppen får sitt mandat i første møte.";

    private Descriptions() {}

    /** A description that every check passes. */
    static String noWarnings() {
        try (InputStream in = Descriptions.class.getResourceAsStream("/no/samspill/fixtures/no-warnings.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One warning: the steering group has no responsibilities. */
    static String withWarning() {
        return replace(noWarnings(), "      responsibilities: [Vedta planer]\n", "");
    }

    /** The same warning, accepted under checks.accept with {@link #REASON}. */
    static String withAcceptedWarning() {
        return withWarning() + "checks:\n  accept:\n    - { code: " + WARNING_CODE + ", reason: \"" + REASON + "\" }\n";
    }

    /**
     * The warning of {@link #withWarning()} and an error after it in the file: the exit and
     * transition plan falls due four years after the start of a three-year term.
     */
    static String withError() {
        return replace(withWarning(), "    - { forum: steering, days: 15 }\n",
                "    - { forum: steering, days: 15 }\n  exit: { transitionPlanMonths: 48 }\n");
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replace(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException("the description no longer has " + what);
        }
        return text.replace(what, with);
    }
}
