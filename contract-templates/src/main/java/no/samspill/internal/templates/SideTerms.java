package no.samspill.internal.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
final class SideTerms extends TreeRewriter {

    private final Map<String, String> plurals;
    private final Map<String, String> after;

    private SideTerms(Map<String, String> plurals, Map<String, String> after) {
        this.plurals = plurals;
        this.after = after;
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
        Map<String, String> after = new LinkedHashMap<>();
        // "-": nothing after a plural term changes
        if (labels.has("sideTerm.after") && !labels.get("sideTerm.after").equals("-")) {
            for (String pair : labels.get("sideTerm.after").split("\\|")) {
                String[] sides = pair.split(">", 2);
                after.put(sides[0], sides[1]);
            }
        }
        return new SideTerms(plurals, after).rewrite(document);
    }

    @Override
    protected List<Inline> inlines(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        boolean afterPlural = false;
        for (Inline inline : inlines) {
            if (inline instanceof DefinedTerm term && plurals.containsKey(term.term())) {
                out.add(new DefinedTerm(plurals.get(term.term()), term.definition()));
                afterPlural = true;
                continue;
            }
            String changed = afterPlural && inline instanceof Text text ? following(text.text()) : null;
            out.add(changed != null ? new Text(changed) : (Inline) inline.accept(this));
            afterPlural = false;
        }
        return List.copyOf(out);
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
