package no.samspill.cli;

import java.util.Iterator;
import no.samspill.templates.FreemarkerTemplatePack;

/**
 * The SSA codes of the built-in catalogue, for completing {@code init --base}: read from the
 * catalogue when asked (picocli makes this object for every run, but iterates it only for the
 * completion script), so that a new agreement in the catalogue is offered without a change here.
 */
final class BaseCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return FreemarkerTemplatePack.builtIn().catalogue().codes().iterator();
    }
}
