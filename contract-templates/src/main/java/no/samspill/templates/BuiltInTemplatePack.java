package no.samspill.templates;

import java.util.Set;
import no.samspill.TemplatePack;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.doc.Document;
import no.samspill.model.Contract;
import no.samspill.model.Language;

/**
 * The built-in pack as a {@link java.util.ServiceLoader} provider: {@code ServiceLoader} needs a
 * public class with a no-argument constructor. Prefer {@link FreemarkerTemplatePack#builtIn()} in code.
 */
public final class BuiltInTemplatePack implements TemplatePack {

    private final FreemarkerTemplatePack pack = FreemarkerTemplatePack.builtIn();

    /** For {@code ServiceLoader}, which needs a public constructor without arguments. */
    public BuiltInTemplatePack() {
    }

    @Override
    public String name() {
        return pack.name();
    }

    @Override
    public Set<Language> languages() {
        return pack.languages();
    }

    @Override
    public BaseAgreementCatalogue catalogue() {
        return pack.catalogue();
    }

    @Override
    public Document render(Contract contract) {
        return pack.render(contract);
    }
}
