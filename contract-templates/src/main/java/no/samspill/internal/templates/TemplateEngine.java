package no.samspill.internal.templates;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import no.samspill.CheckConfiguration;
import no.samspill.TemplateException;
import no.samspill.TemplatePack;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementCatalogue;
import no.samspill.doc.Document;
import no.samspill.internal.markdown.MarkdownReader;
import no.samspill.model.Contract;
import no.samspill.model.Language;
import no.samspill.model.StandardPrinciple;

/**
 * A template pack, loaded and checked once: its Freemarker configuration, every template parsed,
 * its labels, catalogue and manifest. Immutable after construction and shared by all renders.
 */
public final class TemplateEngine implements TemplatePack {

    private static final Version FREEMARKER = Configuration.VERSION_2_3_34;
    private static final String LIBRARY = "_samspill/library.md.ftl";
    private static final int MAX_OTHER_TEMPLATES = 500;
    // The text directives are macros so that templates can pass the value by position,
    // <@text background/>; the macro hands it to the render's fragment registry.
    private static final String LIBRARY_SOURCE = """
            <#macro text value="">${samspillFragment(value, false)}</#macro>
            <#macro textInline value="">${samspillFragment(value, true)}</#macro>
            """;

    private final String name;
    private final PackFiles files;
    private final PackManifest manifest;
    private final Set<Language> languages;
    private final Map<String, ModelPath> conditions;
    private final Map<String, Template> templates;
    private final Map<Language, Labels> labels;
    private final Map<Language, TemplateFormatter> formatters;
    private final BaseAgreementCatalogue catalogue;
    private final MarkdownReader templateReader = MarkdownReader.forTemplates();
    private final MarkdownReader textReader = MarkdownReader.forTextFields();
    private final RenderLimits limits;

    public TemplateEngine(String name, PackFiles files) {
        this(name, files, RenderLimits.DEFAULT);
    }

    /** A pack whose renders are held to other limits than the default, for tests of the limits. */
    public TemplateEngine(String name, PackFiles files, RenderLimits limits) {
        this.name = name;
        this.files = files;
        this.limits = limits;
        this.manifest = PackManifest.read(files.read(PackManifest.FILE)
                .orElseThrow(() -> new TemplateException(PackManifest.FILE, 0, "the pack has no manifest", null)));
        this.languages = languages(manifest);
        this.conditions = conditions(manifest, files);
        this.labels = new EnumMap<>(Language.class);
        this.formatters = new EnumMap<>(Language.class);
        for (Language language : languages) {
            Labels loaded = labels(files, language);
            labels.put(language, loaded);
            formatters.put(language, new TemplateFormatter(language, loaded));
        }
        this.catalogue = catalogue(files);
        this.templates = loadTemplates(configuration(files));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Language> languages() {
        return languages;
    }

    @Override
    public BaseAgreementCatalogue catalogue() {
        return catalogue;
    }

    /** What {@code checks} in {@code pack.yaml} says: the built-in checks switched off, the pack's own added. */
    @Override
    public CheckConfiguration checks() {
        return manifest.checks();
    }

    @Override
    public Document render(Contract contract) {
        return new RenderRun(this, contract).render();
    }

    /** The document with each clause marked, for checking a pack clause by clause. */
    public ClauseRendering renderClauses(Contract contract, Set<String> skipped) {
        return new RenderRun(this, contract).render(new ClauseMarks(true, Set.copyOf(skipped)));
    }

    public PackManifest manifest() {
        return manifest;
    }

    boolean isIncluded(PackManifest.Clause clause, Contract contract) {
        ModelPath when = conditions.get(clause.id());
        return when == null || when.isPresentIn(contract);
    }

    RenderLimits limits() {
        return limits;
    }

    Template template(String path) {
        return templates.get(path);
    }

    /**
     * A fingerprint of the pack files a clause's text is written from: its templates in every
     * language, and what every clause shares (the principle texts, the labels, the catalogue).
     * A golden snapshot records it, so that a changed text can be told apart: a new fingerprint
     * means the clause changed and needs a new version; the same fingerprint means the example did.
     */
    public String clauseFingerprint(String id) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        List<String> files = new ArrayList<>();
        for (Language language : new java.util.TreeSet<>(languages())) {
            files.add("clauses/" + id + "." + language.name() + ".md.ftl");
            for (no.samspill.model.StandardPrinciple principle : no.samspill.model.StandardPrinciple.values()) {
                files.add("principles/" + principle.id() + "." + language.name() + ".md.ftl");
            }
            files.add("labels." + language.name() + ".properties");
        }
        files.add("catalogue.yaml");
        for (String file : files) {
            digest.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(templateSource(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** The source of a template, for pointing at a line in a message; read only when something failed. */
    public String templateSource(String path) {
        return files.read(path).orElse("");
    }

    Labels labels(Language language) {
        return labels.get(language);
    }

    TemplateFormatter formatter(Language language) {
        return formatters.get(language);
    }

    MarkdownReader templateReader() {
        return templateReader;
    }

    MarkdownReader textReader() {
        return textReader;
    }

    private static Set<Language> languages(PackManifest manifest) {
        Set<Language> languages = new LinkedHashSet<>();
        for (String tag : manifest.languages()) {
            try {
                languages.add(Language.valueOf(tag));
            } catch (IllegalArgumentException e) {
                throw new TemplateException(PackManifest.FILE, 0, "the language \"" + tag + "\" is not supported; use nb or en", e);
            }
        }
        return Set.copyOf(languages);
    }

    private static Map<String, ModelPath> conditions(PackManifest manifest, PackFiles files) {
        Map<String, ModelPath> conditions = new HashMap<>();
        for (PackManifest.Clause clause : manifest.clauses()) {
            if (clause.when() == null) {
                continue;
            }
            ModelPath path = ModelPath.of(Contract.class, clause.when()).orElseThrow(() -> new TemplateException(
                    PackManifest.FILE,
                    PackManifest.lineOf(files.read(PackManifest.FILE).orElse(""), "when: " + clause.when()),
                    "the clause \"" + clause.id() + "\" depends on \"" + clause.when() + "\", which is not a field of the description",
                    null));
            conditions.put(clause.id(), path);
        }
        return Map.copyOf(conditions);
    }

    private static Labels labels(PackFiles files, Language language) {
        String file = "labels." + language + ".properties";
        Map<String, String> texts = new HashMap<>();
        files.readBuiltIn(file).ifPresent(text -> texts.putAll(properties(text)));
        files.readOwn(file).ifPresent(text -> texts.putAll(properties(text)));
        if (texts.isEmpty()) {
            throw new TemplateException(file, 0, "the pack has no labels for language " + language, null);
        }
        return new Labels(file, texts);
    }

    private static Map<String, String> properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    private static BaseAgreementCatalogue catalogue(PackFiles files) {
        String file = "catalogue.yaml";
        Map<String, BaseAgreement> byCode = new LinkedHashMap<>();
        files.readBuiltIn(file).ifPresent(text ->
                BaseAgreementCatalogue.read(text, file).agreements().forEach(a -> byCode.put(a.code(), a)));
        files.readOwn(file).ifPresent(text ->
                BaseAgreementCatalogue.read(text, file).agreements().forEach(a -> byCode.put(a.code(), a)));
        return new BaseAgreementCatalogue(new ArrayList<>(byCode.values()));
    }

    private static Configuration configuration(PackFiles files) {
        Configuration cfg = new Configuration(FREEMARKER);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateLoader(templateLoader(files));
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);

        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown));
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.addAutoInclude("/" + LIBRARY);

        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(objectWrapper());
        // Numbers printed without fmt.number still follow the language and never get grouped.
        cfg.setNumberFormat("0.##########");
        cfg.setBooleanFormat("c");
        return cfg;
    }

    private static DefaultObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(FREEMARKER);
        builder.setMemberAccessPolicy(new SandboxMemberAccessPolicy());
        builder.setExposeFields(false);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return builder.build();
    }

    private static TemplateLoader templateLoader(PackFiles files) {
        StringTemplateLoader library = new StringTemplateLoader();
        library.putTemplate(LIBRARY, LIBRARY_SOURCE);
        List<TemplateLoader> loaders = new ArrayList<>();
        loaders.add(library);
        if (files.directoryOrNull() != null) {
            loaders.add(new PackTemplateLoader(files));
        }
        loaders.add(new ModuleTemplateLoader(PackFiles.BUILT_IN_ROOT));
        return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
    }

    private Map<String, Template> loadTemplates(Configuration cfg) {
        Map<String, Template> loaded = new HashMap<>();
        Set<Template> guarded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> others = otherTemplates(files);
        for (Language language : languages) {
            for (PackManifest.Clause clause : manifest.clauses()) {
                String path = clause.template(language.name());
                loaded.put(path, guarded(load(cfg, path, language), guarded));
            }
            // Included by the principles clause: loading them now puts them in the strong
            // cache, so that no render reads or parses a file.
            for (StandardPrinciple principle : StandardPrinciple.values()) {
                String path = "principles/" + principle.id() + "." + language + ".md.ftl";
                loaded.put(path, guarded(load(cfg, path, language), guarded));
            }
            // Whatever else the directory holds may be #included: loaded now for the same reason,
            // and so that every template a render runs carries the loop checks below.
            for (String path : others) {
                guarded(load(cfg, path, language), guarded);
            }
            guarded(load(cfg, LIBRARY, language), guarded);
        }
        return Map.copyOf(loaded);
    }

    /**
     * Puts a check at the start of every loop body, once per template. The render's
     * {@link RenderGuard} counts every template element run, but an empty loop body
     * ({@code <#list 1..999999999 as i></#list>}) runs none: the inserted check is an element, so
     * each turn of such a loop is counted too. This is Freemarker's own support for stopping a
     * template (its online tester uses it); the check also stops the render when the rendering
     * thread is interrupted, which {@link RenderRun} reports as such.
     */
    private static Template guarded(Template template, Set<Template> guarded) {
        if (guarded.add(template)) {
            freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
        }
        return template;
    }

    /** The templates of the user's directory that the manifest and the principles do not name. */
    private List<String> otherTemplates(PackFiles files) {
        java.nio.file.Path directory = files.directoryOrNull();
        if (directory == null) {
            return List.of();
        }
        Set<String> named = new java.util.HashSet<>();
        for (Language language : languages) {
            manifest.clauses().forEach(clause -> named.add(clause.template(language.name())));
            for (StandardPrinciple principle : StandardPrinciple.values()) {
                named.add("principles/" + principle.id() + "." + language + ".md.ftl");
            }
        }
        // Links are not followed into folders: a file reached through one is refused anyway.
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(directory, 8)) {
            List<String> others = walk.filter(p -> p.getFileName().toString().endsWith(".ftl"))
                    .map(p -> directory.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(path -> !named.contains(path))
                    .sorted()
                    .toList();
            if (others.size() > MAX_OTHER_TEMPLATES) {
                throw new TemplateException(others.get(MAX_OTHER_TEMPLATES), 0, "the template directory holds more than "
                        + MAX_OTHER_TEMPLATES + " templates besides its clauses and principles", null);
            }
            return others;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the template directory " + directory, e);
        }
    }

    private static Template load(Configuration cfg, String path, Language language) {
        try {
            return cfg.getTemplate(path, language.locale());
        } catch (TemplateNotFoundException e) {
            throw new TemplateException(path, 0, "the pack has no such template", e);
        } catch (ParseException e) {
            throw TemplateErrors.parse(e, path);
        } catch (IOException e) {
            throw new TemplateException(path, 0, "the template cannot be read: " + e.getMessage(), e);
        }
    }
}
