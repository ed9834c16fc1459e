package no.samspill.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> CODES = List.of("SSA-L", "SSA-D", "SSA-S");

    @Test
    void the_same_letters_in_another_case_or_punctuation_are_suggested() {
        assertThat(Suggestions.closest("SSA L", CODES)).contains("SSA-L");
        assertThat(Suggestions.closest("ssa-l", CODES)).contains("SSA-L");
    }

    @Test
    void a_typo_is_suggested_only_when_one_candidate_is_closest() {
        assertThat(Suggestions.closest("steerin", List.of("steering", "relationship"))).contains("steering");
        assertThat(Suggestions.closest("SSA-X", CODES)).isEmpty();
    }

    @Test
    void nothing_is_suggested_for_a_distant_word() {
        assertThat(Suggestions.closest("board", List.of("steering", "relationship"))).isEmpty();
    }

    @Test
    void lists_read_as_prose() {
        assertThat(Suggestions.prose(List.of("a"))).isEqualTo("a");
        assertThat(Suggestions.prose(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Suggestions.quotedProse(List.of("a", "b", "c"))).isEqualTo("\"a\", \"b\" and \"c\"");
    }
}
