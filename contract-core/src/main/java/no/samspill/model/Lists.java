package no.samspill.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies for record components: an absent list is empty, and no list can be changed. */
final class Lists {
    private Lists() {}

    // List.copyOf rejects null elements; a broken description may hold them, and the
    // validator must still see (and report) them rather than the reader failing.
    static <T> List<T> copy(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}
