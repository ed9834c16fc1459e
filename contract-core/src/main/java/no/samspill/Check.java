package no.samspill;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One check in the catalogue that validation runs: what {@code docs/checks.md} explains under its code.
 *
 * @param code the stable code findings carry, in lower case with hyphens, for example
 *     {@code escalation-descends}; a description accepts a warning by it
 * @param severity what a finding of this check weighs
 * @param summary what the check looks for, in one line
 */
public record Check(String code, Severity severity, String summary) {

    /** The code every problem with the format itself carries: a value the format does not allow. */
    public static final String FORMAT = "format";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Check {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        if (!CODE.matcher(code).matches() || code.length() > 60) {
            throw new IllegalArgumentException("a check code is lower-case letters and digits in words joined by"
                    + " hyphens, at most 60 characters, such as escalation-descends (it is \"" + code + "\")");
        }
    }

    /** Whether {@code code} is written as a check code must be. */
    public static boolean isCode(String code) {
        return code != null && code.length() <= 60 && CODE.matcher(code).matches();
    }
}
