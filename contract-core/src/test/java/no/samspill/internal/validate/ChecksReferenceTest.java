package no.samspill.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.Check;
import org.junit.jupiter.api.Test;

/**
 * docs/checks.md explains every check of the catalogue under a heading of its code, with its
 * severity, and nothing else: a test in both directions, so that the page cannot drift.
 */
class ChecksReferenceTest {

    private static final Path CHECKS = Path.of("..", "docs", "checks.md");
    private static final Pattern ENTRY = Pattern.compile("^### `([a-z0-9-]+)`\\n\\n\\*\\*(Error|Warning)\\.\\*\\*",
            Pattern.MULTILINE);

    @Test
    void every_check_has_an_entry_with_its_severity_and_every_entry_is_a_check() throws IOException {
        String page = Files.readString(CHECKS, StandardCharsets.UTF_8);
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(page);
        while (entry.find()) {
            entries.put(entry.group(1), entry.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, String> catalogue = new LinkedHashMap<>();
        for (Check check : CheckCatalogue.ALL) {
            catalogue.put(check.code(), check.severity().label());
        }

        assertThat(entries).as("the entries of docs/checks.md, in the catalogue's order")
                .containsExactlyEntriesOf(catalogue);
    }

    @Test
    void the_checks_that_cannot_be_switched_off_are_named_on_the_page() throws IOException {
        String page = Files.readString(CHECKS, StandardCharsets.UTF_8);

        for (String code : CheckCatalogue.ALWAYS_ON) {
            assertThat(page).contains("`" + code + "`");
        }
    }
}
