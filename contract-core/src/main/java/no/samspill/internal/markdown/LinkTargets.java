package no.samspill.internal.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Link addresses as a Word document can hold them. A Markdown link destination is whatever the
 * writer typed between the parentheses (or angle brackets); a DOCX relationship target must be a
 * URI. The same conversion serves the validator, which reports an address that cannot be written,
 * and the reader, which writes it: so {@code validate} accepts exactly the links {@code generate}
 * can write.
 */
public final class LinkTargets {

    private static final String ENCODED_EVERYWHERE = " \"<>\\^`{|}";
    private static final String HEX = "0123456789ABCDEF";

    private LinkTargets() {}

    /** The outcome for one destination: the address to write, or why there is none. */
    public record Target(String uri, String problem) {
        public boolean isValid() {
            return uri != null;
        }
    }

    /** Whether a destination is of a scheme a contract links to at all ({@code https:} or {@code mailto:}). */
    public static boolean isContractScheme(String destination) {
        return destination.startsWith("https://") || destination.startsWith("mailto:");
    }

    /**
     * The destination as a URI: characters a URI cannot hold as typed (spaces, quotes, braces, a
     * {@code %} not followed by two hexadecimal digits, controls) are percent-encoded as UTF-8; what
     * still does not parse is a problem, in words.
     */
    public static Target of(String destination) {
        String encoded = encode(destination);
        try {
            URI uri = new URI(encoded);
            if (uri.getScheme() != null && uri.getScheme().equals("https")
                    && (uri.getHost() == null && uri.getAuthority() == null)) {
                return new Target(null, "an https: address needs a host name, as in https://example.no/");
            }
            return new Target(uri.toString(), null);
        } catch (URISyntaxException e) {
            return new Target(null, e.getReason().toLowerCase(java.util.Locale.ROOT)
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        }
    }

    private static String encode(String destination) {
        StringBuilder out = new StringBuilder(destination.length() + 16);
        boolean inFragment = false;
        int authorityEnd = authorityEnd(destination);
        for (int i = 0; i < destination.length(); ) {
            int c = destination.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean escape;
            if (c == '%') {
                escape = !isHexPair(destination, next);
            } else if (c == '#') {
                escape = inFragment;
                inFragment = true;
            } else if (c == '[' || c == ']') {
                // Brackets are only legal around an IPv6 host.
                escape = i >= authorityEnd;
            } else {
                escape = c < 0x20 || c == 0x7F || ENCODED_EVERYWHERE.indexOf(c) >= 0
                        || (c > 0x7F && (Character.isISOControl(c) || Character.isSpaceChar(c)
                                || Character.getType(c) == Character.FORMAT
                                || Character.getType(c) == Character.SURROGATE));
            }
            if (escape) {
                percentEncode(destination.substring(i, next), out);
            } else {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isHexPair(String text, int at) {
        return at + 1 < text.length() && HEX.indexOf(Character.toUpperCase(text.charAt(at))) >= 0
                && HEX.indexOf(Character.toUpperCase(text.charAt(at + 1))) >= 0;
    }

    private static void percentEncode(String character, StringBuilder out) {
        // A lone surrogate has no UTF-8 form; the replacement character stands in for it.
        String encodable = character.length() == 1 && Character.isSurrogate(character.charAt(0)) ? "\uFFFD" : character;
        for (byte b : encodable.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
    }

    /** Where the authority of a {@code scheme://authority/...} address ends; 0 when there is none. */
    private static int authorityEnd(String destination) {
        int start = destination.indexOf("://");
        if (start < 0) {
            return 0;
        }
        int end = start + 3;
        while (end < destination.length() && "/?#".indexOf(destination.charAt(end)) < 0) {
            end++;
        }
        return end;
    }
}
