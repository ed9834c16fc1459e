package no.samspill.internal.validate;

import java.util.Optional;

/** The Norwegian organisation number (organisasjonsnummer): nine digits, the last a mod-11 check digit. */
final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {}

    /** Why the number as written is not valid, or empty when it is. Spaces are allowed anywhere. */
    static Optional<String> problem(String written) {
        String digits = written.replace(" ", "");
        if (!digits.matches("[0-9]{9}")) {
            return Optional.of(invalid(written, "it must have 9 digits"));
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            // No check digit can complete these eight digits: the register never issues such numbers.
            return Optional.of(invalid(written, "no organisation number begins with these eight digits"));
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        int actual = digits.charAt(8) - '0';
        if (actual != expected) {
            return Optional.of(invalid(written, "the check digit should be " + expected));
        }
        return Optional.empty();
    }

    private static String invalid(String written, String reason) {
        return "\"" + written + "\" is not a valid organisation number: " + reason;
    }
}
