package no.samspill.internal.docx;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word-legal bookmark names for anchors: "_Ref_" and the anchor with every character other
 * than a letter, digit or underscore replaced by an underscore, at most 40 characters. The
 * leading underscore hides them in Word's bookmark list, as Word does with its own cross-reference
 * bookmarks. Two anchors that come out the same get a counter, in document order.
 *
 * <p>The second edition of a parallel document has the same anchors as the first, and bookmarks
 * of its own for them: "_Ref2_" and the anchor. No name of one edition can be a name of the other,
 * as they differ in their fifth character whatever the anchors are.
 */
final class BookmarkNames {

    static final int MAX_LENGTH = 40;
    static final String PREFIX = "_Ref_";
    static final String SECOND_EDITION_PREFIX = "_Ref2_";

    private final String prefix;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    BookmarkNames() {
        this(PREFIX);
    }

    BookmarkNames(String prefix) {
        this.prefix = prefix;
    }

    /** Registers an anchor; call in document order. */
    void add(String anchor) {
        if (names.containsKey(anchor)) {
            return;
        }
        String base = prefix + anchor.replaceAll("[^A-Za-z0-9_]", "_");
        String name = truncate(base, "");
        for (int counter = 2; taken.contains(name); counter++) {
            name = truncate(base, "_" + counter);
        }
        taken.add(name);
        names.put(anchor, name);
    }

    String nameOf(String anchor) {
        String name = names.get(anchor);
        if (name == null) {
            throw new IllegalStateException("no bookmark for the anchor " + anchor);
        }
        return name;
    }

    private static String truncate(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }
}
