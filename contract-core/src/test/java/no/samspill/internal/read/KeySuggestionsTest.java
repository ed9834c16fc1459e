package no.samspill.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionsTest {

    private static final List<String> PARTY_KEYS = List.of("name", "orgNumber", "address", "signatory", "contact");

    @Test
    void aKeyInTheWrongCaseSuggestsTheKnownKey() {
        assertThat(KeySuggestions.closest("ORGNUMBER", PARTY_KEYS)).contains("orgNumber");
    }

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(KeySuggestions.distance("adrdess", "address")).isEqualTo(1);
        assertThat(KeySuggestions.closest("adrdess", PARTY_KEYS)).contains("address");
    }

    @Test
    void twoEditsStillSuggestALongKey() {
        assertThat(KeySuggestions.closest("signatry2", PARTY_KEYS)).contains("signatory");
    }

    @Test
    void aShortKeyIsSuggestedOnlyForOneEdit() {
        assertThat(KeySuggestions.closest("nme", PARTY_KEYS)).contains("name");
        assertThat(KeySuggestions.closest("id", List.of("ab"))).isEmpty();
    }

    @Test
    void aKeyFarFromEveryKnownKeySuggestsNothing() {
        assertThat(KeySuggestions.closest("telephone", PARTY_KEYS)).isEmpty();
    }
}
