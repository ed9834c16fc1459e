package no.samspill.templates;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.internal.templates.ModuleTemplateLoader;
import no.samspill.model.Language;

/**
 * The commented starter description that {@code samspill init} writes: valid as it is, with
 * every optional section shown (commented out where leaving it out is the usual choice).
 */
public final class Starter {

    private static final Configuration CONFIGURATION = configuration();

    private Starter() {}

    /**
     * The starter for a base agreement (its newest version) in a language, with one customer and
     * one supplier.
     *
     * @param fileName the name the starter will be saved as, quoted in its comments
     */
    public static String render(BaseAgreement base, Language language, String fileName) {
        return render(base, language, fileName, false);
    }

    /**
     * The starter for a base agreement (its newest version) in a language.
     *
     * @param fileName the name the starter will be saved as, quoted in its comments
     * @param severalParties whether the starter lists several customers and several suppliers (a
     *     joint procurement by a lead customer and others, from a supplier consortium with a
     *     subcontractor) instead of one of each
     */
    public static String render(BaseAgreement base, Language language, String fileName, boolean severalParties) {
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        Map<String, Object> model = Map.of(
                "base", Map.of("code", base.code(), "version", base.newest().version()),
                "fileName", fileName,
                "severalParties", severalParties);
        try {
            Template template = CONFIGURATION.getTemplate("starter." + language.name() + ".yaml.ftl");
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new no.samspill.TemplateException("starter." + language.name() + ".yaml.ftl",
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getMessageWithoutStackTop(), e);
        }
    }

    // Immutable after this method: Freemarker's Configuration is safe to share once set up.
    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_33);
        configuration.setTemplateLoader(new ModuleTemplateLoader("/no/samspill/templates/starter/"));
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return configuration;
    }
}
