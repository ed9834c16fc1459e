package no.samspill.internal.read;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known key a user most likely meant when they wrote an unknown one. */
final class KeySuggestions {
    private KeySuggestions() {}

    /**
     * The known key that differs only in case, else the nearest one within a small edit distance
     * (transpositions count as one edit); short keys allow only one edit, so that "ab" does not
     * suggest "id".
     */
    static Optional<String> closest(String unknown, Collection<String> known) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(candidate);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int allowed = candidate.length() <= 4 ? 1 : 2;
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
