package no.samspill.internal.validate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Did you mean" for mistyped codes and ids, and lists of names written as prose. Public for the
 * pack manifest, which suggests the built-in check a misspelt code in its {@code checks} meant.
 */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The one candidate the input most plausibly meant: the same letters and digits ignoring case
     * and punctuation ("ssa l" → "SSA-L"), else the only candidate within a small edit distance.
     * Empty when nothing is close or several candidates are equally close.
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String normalInput = normalise(input);
        List<String> sameLetters = candidates.stream()
                .filter(c -> normalise(c).equals(normalInput))
                .distinct()
                .toList();
        if (sameLetters.size() == 1) {
            return Optional.of(sameLetters.get(0));
        }
        int allowed = Math.min(2, Math.max(1, input.length() / 3));
        String lowerInput = input.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        String bestCandidate = null;
        boolean tie = false;
        for (String candidate : candidates.stream().distinct().toList()) {
            int distance = editDistance(lowerInput, candidate.toLowerCase(Locale.ROOT));
            if (distance < best) {
                best = distance;
                bestCandidate = candidate;
                tie = false;
            } else if (distance == best) {
                tie = true;
            }
        }
        if (bestCandidate == null || tie || best > allowed || best == 0) {
            return Optional.empty();
        }
        return Optional.of(bestCandidate);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}, each item as given. */
    static String prose(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Like {@link #prose} with every item in double quotes. */
    static String quotedProse(List<String> items) {
        return prose(items.stream().map(i -> "\"" + i + "\"").collect(Collectors.toList()));
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    // Levenshtein distance; inputs are short ids and codes, so the quadratic table is cheap.
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
