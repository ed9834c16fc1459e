package no.samspill.cli;

import java.util.Iterator;
import no.samspill.templates.FreemarkerTemplatePack;
import no.samspill.templates.PackClause;

/**
 * The clause ids of the built-in pack, for completing {@code templates show ID}: read from the
 * pack when the completion script is made, so that a new clause is offered without a change here.
 */
final class ClauseIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return FreemarkerTemplatePack.builtIn().clauses().stream().map(PackClause::id).iterator();
    }
}
