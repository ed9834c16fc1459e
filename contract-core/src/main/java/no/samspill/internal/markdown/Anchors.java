package no.samspill.internal.markdown;

import java.util.regex.Pattern;

/** What an anchor may look like: the same shape as the ids of a description. */
final class Anchors {
    private static final Pattern ANCHOR = Pattern.compile("[a-z][a-z0-9-]{0,79}");

    private Anchors() {}

    static boolean isValid(String anchor) {
        return ANCHOR.matcher(anchor).matches();
    }
}
