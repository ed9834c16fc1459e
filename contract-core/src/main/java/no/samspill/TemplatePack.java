package no.samspill;

import java.util.Set;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.doc.Document;
import no.samspill.model.Contract;
import no.samspill.model.Language;

/**
 * A set of clause templates that turns a valid contract description into a document tree.
 *
 * <p>The built-in pack is found with {@link java.util.ServiceLoader} when
 * {@code contract-templates} is on the class path. Implementations are immutable and
 * thread-safe: one pack serves every generation of a {@code ContractGenerator}.
 */
public interface TemplatePack {

    /** A short name for messages, for example "built-in" or the directory of a user's pack. */
    String name();

    /** The languages every clause of this pack is written in. */
    Set<Language> languages();

    /** The base agreements this pack can build on. */
    BaseAgreementCatalogue catalogue();

    /**
     * The built-in checks this pack switches off and the checks it adds; by default every built-in
     * check and nothing more.
     */
    default CheckConfiguration checks() {
        return CheckConfiguration.BUILT_IN;
    }

    /**
     * Renders a valid description into a document tree, before numbering.
     *
     * @throws TemplateException when a template fails; the exception names the template and line
     */
    Document render(Contract contract);
}
