package no.samspill.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.doc.DefinedTerm;
import no.samspill.doc.Document;
import no.samspill.doc.Inline;
import no.samspill.doc.Text;
import no.samspill.internal.doc.TreeRewriter;
import no.samspill.model.ContractParty;
import no.samspill.model.Parties;
import no.samspill.model.PartyRole;

/**
 * Gives a side with several parties that sign its plural term throughout: the clauses keep one
 * wording, {@code {{Kunden}}}, and where several customers sign it reads «Kundene», "the
 * Customers". The language's labels say which terms change ({@code sideTerm.<side>.singular} and
 * {@code .plural}) and what follows a plural term differently ({@code sideTerm.after}, pairs
 * {@code singular>plural} separated by {@code |}: in English "'s" becomes "'" and the next word
 * "has" becomes "have"; Norwegian neither inflects its verbs nor changes its "s", so it says nothing).
 * Where more than two parties sign, words written for two give way to words for many:
 * {@code manyParties.before} changes what directly precedes the term for all or one of the parties
 * ("both" before "Parties" becomes "all the", "either" before "Party" becomes "any"), and
 * {@code manyParties.text} changes phrases wherever they stand ("either of them").
 */
final class SideTerms extends TreeRewriter {

    private final Map<String, String> plurals;
    private final Map<String, String> after;
    private final Set<String> partyTerms;
    private final Map<String, String> before;
    private final Map<String, String> phrases;

    private SideTerms(Map<String, String> plurals, Map<String, String> after, Set<String> partyTerms,
            Map<String, String> before, Map<String, String> phrases) {
        this.plurals = plurals;
        this.after = after;
        this.partyTerms = partyTerms;
        this.before = before;
        this.phrases = phrases;
    }

    /** The document with each side of several signing parties in the plural; as it is otherwise. */
    static Document apply(Document document, Parties parties, Labels labels) {
        Map<String, String> plurals = new LinkedHashMap<>();
        for (PartyRole side : PartyRole.values()) {
            long signing = parties.all().stream().filter(p -> p.side() == side).filter(ContractParty::signs).count();
            if (parties.isListed(side) && signing > 1) {
                String singular = labels.get("sideTerm." + side + ".singular");
                plurals.put(singular, labels.get("sideTerm." + side + ".plural"));
            }
        }
        if (plurals.isEmpty()) {
            return document;
        }
        Map<String, String> after = pairs(labels, "sideTerm.after");
        boolean many = parties.all().stream().filter(ContractParty::signs).count() > 2;
        Set<String> partyTerms = many ? Set.of(labels.get("sideTerm.parties").split("\\|")) : Set.of();
        Map<String, String> before = many ? longestFirst(pairs(labels, "sideTerm.manyParties.before")) : Map.of();
        Map<String, String> phrases = many ? longestFirst(pairs(labels, "sideTerm.manyParties.text")) : Map.of();
        return new SideTerms(plurals, after, partyTerms, before, phrases).rewrite(document);
    }

    /** The pairs {@code from>to}, separated by {@code |}, a label holds; none where it is "-" or missing. */
    private static Map<String, String> pairs(Labels labels, String key) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (labels.has(key) && !labels.get(key).equals("-")) {
            for (String pair : labels.get(key).split("\\|")) {
                String[] sides = pair.split(">", 2);
                pairs.put(sides[0], sides[1]);
            }
        }
        return pairs;
    }

    /** So that "neither of the" is tried before "neither", and "neither of them" before "either of them". */
    private static Map<String, String> longestFirst(Map<String, String> pairs) {
        Map<String, String> sorted = new LinkedHashMap<>();
        pairs.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    @Override
    protected List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        boolean afterPlural = false;
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            if (inline instanceof DefinedTerm term && plurals.containsKey(term.term())) {
                out.add(new DefinedTerm(plurals.get(term.term()), term.definition()));
                afterPlural = true;
                continue;
            }
            if (inline instanceof Text text) {
                String changed = text.text();
                if (afterPlural) {
                    String agreeing = following(changed);
                    changed = agreeing != null ? agreeing : changed;
                }
                if (i + 1 < inlines.size() && inlines.get(i + 1) instanceof DefinedTerm next
                        && partyTerms.contains(next.term())) {
                    changed = beforePartyTerm(changed);
                }
                for (Map.Entry<String, String> phrase : phrases.entrySet()) {
                    // A whole phrase only: "either of them" is not the end of "neither of them".
                    changed = changed.replaceAll("(?<!\\p{L})" + Pattern.quote(phrase.getKey()),
                            Matcher.quoteReplacement(phrase.getValue()));
                }
                out.add(changed.equals(text.text()) ? inline : new Text(changed));
            } else {
                out.add((Inline) inline.accept(this));
            }
            afterPlural = false;
        }
        return List.copyOf(out);
    }

    /** The text before the term for the parties, with a word for two made a word for many. */
    private String beforePartyTerm(String text) {
        for (Map.Entry<String, String> change : before.entrySet()) {
            String word = change.getKey();
            // "either" only as a whole word: "neither" has its own entry.
            if (text.endsWith(word) && (text.length() == word.length()
                    || !Character.isLetter(text.charAt(text.length() - word.length() - 1)))) {
                return text.substring(0, text.length() - word.length()) + change.getValue();
            }
        }
        return text;
    }

    /** The text after a plural term, with its first word agreeing; null when nothing changes. */
    private String following(String text) {
        for (Map.Entry<String, String> change : after.entrySet()) {
            String singular = change.getKey();
            // A word ("has") is the next word; anything else ("'s") is what directly follows.
            String found = Character.isLetter(singular.charAt(0)) ? " " + singular + " " : singular;
            if (text.startsWith(found)) {
                String plural = Character.isLetter(singular.charAt(0)) ? " " + change.getValue() + " " : change.getValue();
                return plural + text.substring(found.length());
            }
        }
        return null;
    }
}
