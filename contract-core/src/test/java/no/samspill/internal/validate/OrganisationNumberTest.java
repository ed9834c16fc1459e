package no.samspill.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void the_numbers_of_the_format_example_are_valid_with_or_without_spaces() {
        assertThat(OrganisationNumber.problem("983 658 725")).isEmpty();
        assertThat(OrganisationNumber.problem("983658725")).isEmpty();
        assertThat(OrganisationNumber.problem("923 456 783")).isEmpty();
    }

    @Test
    void a_remainder_of_zero_makes_zero_the_check_digit() {
        // 1·3 + 1·2 + 0·7 + 1·6 = 11, remainder 0
        assertThat(OrganisationNumber.problem("110100000")).isEmpty();
        assertThat(OrganisationNumber.problem("110100001"))
                .contains("\"110100001\" is not a valid organisation number: the check digit should be 0");
    }

    @Test
    void a_remainder_of_one_cannot_be_completed_to_a_valid_number() {
        // 4·3 = 12, remainder 1
        assertThat(OrganisationNumber.problem("400000000"))
                .contains("\"400000000\" is not a valid organisation number: no organisation number begins with"
                        + " these eight digits");
    }

    @Test
    void letters_or_too_many_digits_are_not_nine_digits() {
        assertThat(OrganisationNumber.problem("98365872X"))
                .contains("\"98365872X\" is not a valid organisation number: it must have 9 digits");
        assertThat(OrganisationNumber.problem("9836587250"))
                .contains("\"9836587250\" is not a valid organisation number: it must have 9 digits");
    }
}
