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
 * Customers". The language's labels say which terms change ({@code sideTerm.<side>.<term>}) and
 * how a possessive after a plural term is written ({@code sideTerm.possessive}: "'s" becomes "'"
 * in English; Norwegian adds its "s" to the plural as to the singular, so it says nothing).
 */
final class SideTerms extends TreeRewriter {

    private final Map<String, String> plurals;
    private final String possessive;
    private final String pluralPossessive;

    private SideTerms(Map<String, String> plurals, String possessive, String pluralPossessive) {
        this.plurals = plurals;
        this.possessive = possessive;
        this.pluralPossessive = pluralPossessive;
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
        String[] possessive = labels.has("sideTerm.possessive") ? labels.get("sideTerm.possessive").split(">", 2) : null;
        return new SideTerms(plurals, possessive == null ? null : possessive[0],
                possessive == null ? null : possessive[1]).rewrite(document);
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
            if (afterPlural && possessive != null && inline instanceof Text text && text.text().startsWith(possessive)) {
                out.add(new Text(pluralPossessive + text.text().substring(possessive.length())));
            } else {
                out.add((Inline) inline.accept(this));
            }
            afterPlural = false;
        }
        return List.copyOf(out);
    }
}
