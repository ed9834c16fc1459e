package no.samspill.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
        "https://example.no/rapport-100% => https://example.no/rapport-100%25",
        "https://example.no/a%2Fb => https://example.no/a%2Fb",
        "https://example.no/a%zz => https://example.no/a%25zz",
        "https://example.no/a b => https://example.no/a%20b",
        "https://example.no/a|b => https://example.no/a%7Cb",
        "https://example.no/{x}^y => https://example.no/%7Bx%7D%5Ey",
        "'https://example.no/\"q\"\\\\p' => https://example.no/%22q%22%5C%5Cp",
        "https://example.no/x#a#b => https://example.no/x#a%23b",
        "https://example.no/[1] => https://example.no/%5B1%5D",
        "https://[2001:db8::1]/x => https://[2001:db8::1]/x",
        "https://example.no/æøå => https://example.no/æøå",
        "https://example.no/a\u00A0b\u200Bc => https://example.no/a%C2%A0b%E2%80%8Bc",
        "mailto:ola@example.no => mailto:ola@example.no",
    })
    void anAddressIsWrittenWithWhatAUriCannotHoldPercentEncoded(String typed, String written) throws Exception {
        LinkTargets.Target target = LinkTargets.of(typed);

        assertThat(target.problem()).isNull();
        assertThat(target.uri()).isEqualTo(written);
        assertThat(new URI(target.uri()).isAbsolute()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://", "https:///sti", "https://[2001:db8::1/x", "mailto:"})
    void anAddressThatNoEncodingMendsIsAProblemInWords(String typed) {
        LinkTargets.Target target = LinkTargets.of(typed);

        assertThat(target.isValid()).isFalse();
        assertThat(target.problem()).isNotBlank().doesNotContain("java.", "Exception");
    }

    @ParameterizedTest
    @CsvSource({"https://example.no, true", "mailto:a@b.no, true", "http://example.no, false",
        "javascript:alert(1), false", "file:///etc/passwd, false"})
    void onlyHttpsAndMailtoAreContractSchemes(String address, boolean contractScheme) {
        assertThat(LinkTargets.isContractScheme(address)).isEqualTo(contractScheme);
    }
}
