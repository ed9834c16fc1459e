package no.samspill.internal.templates;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.ContractException;
import no.samspill.TemplateException;
import no.samspill.catalogue.BaseAgreement;
import no.samspill.catalogue.BaseAgreementVersion;
import no.samspill.doc.Block;
import no.samspill.doc.CoverPage;
import no.samspill.doc.Document;
import no.samspill.doc.DocumentInfo;
import no.samspill.doc.Inline;
import no.samspill.doc.SignatureBlock;
import no.samspill.doc.TableOfContents;
import no.samspill.doc.Text;
import no.samspill.internal.markdown.DirectiveResolver;
import no.samspill.internal.markdown.MarkdownException;
import no.samspill.internal.markdown.Outline;
import no.samspill.internal.markdown.OutlineItem;
import no.samspill.model.BaseAgreementRef;
import no.samspill.model.Contract;
import no.samspill.model.ContractDetails;
import no.samspill.model.ContractParty;
import no.samspill.model.ForumRoles;
import no.samspill.model.Language;
import no.samspill.model.Parties;
import no.samspill.model.Party;
import no.samspill.model.PartyRole;
import no.samspill.model.PartyStanding;
import no.samspill.model.Person;

/** One render of one contract: the per-call state (data model, text fragments) lives here only. */
final class RenderRun {

    private static final String CREATOR = "samspill";

    private final TemplateEngine engine;
    private final Contract contract;
    private final Language language;
    private final Labels labels;
    private final TemplateFormatter fmt;
    private final ResolvedBaseAgreement base;
    private final List<String> fragments = new ArrayList<>();
    private final RenderGuard guard;

    RenderRun(TemplateEngine engine, Contract contract) {
        this.engine = engine;
        this.contract = contract;
        this.language = contract.contract().language();
        if (!engine.languages().contains(language)) {
            throw new ContractException("The template pack \"" + engine.name() + "\" has no text in the language \""
                    + language + "\".");
        }
        this.labels = engine.labels(language);
        this.fmt = engine.formatter(language);
        this.base = resolveBase(contract.contract().baseAgreement());
        this.guard = new RenderGuard(engine.limits());
    }

    Document render() {
        return render(ClauseMarks.NONE).document();
    }

    /**
     * The document and, clause by clause, the anchors and cross-references it wrote. With marks,
     * a marker paragraph precedes each clause, so that the text of a rendered document can be cut
     * into clauses ({@link ClauseMarks}); clauses in {@code marks.skipped()} are left out, and then
     * a reference to a missing anchor is not an error, since it may point into a skipped clause.
     */
    ClauseRendering render(ClauseMarks marks) {
        Map<String, Object> model = dataModel();
        List<ClauseRendering.Clause> rendered = new ArrayList<>();
        List<OutlineItem> items = new ArrayList<>();
        Map<String, String> anchorOwners = new HashMap<>();
        List<PendingReference> references = new ArrayList<>();
        for (PackManifest.Clause clause : engine.manifest().clauses()) {
            if (!engine.isIncluded(clause, contract) || marks.skipped().contains(clause.id())) {
                continue;
            }
            String path = clause.template(language.name());
            List<String> clauseAnchors = new ArrayList<>();
            List<String> clauseReferences = new ArrayList<>();
            String markdown = process(engine.template(path), model);
            List<OutlineItem> clauseItems;
            try {
                clauseItems = engine.templateReader().readOutline(markdown, new Directives());
            } catch (MarkdownException e) {
                throw TemplateErrors.markdown(e, path, engine.templateSource(path), markdown);
            }
            for (OutlineItem item : clauseItems) {
                if (item instanceof OutlineItem.Heading) {
                    OutlineItem.Heading heading = (OutlineItem.Heading) item;
                    if (heading.anchor() != null) {
                        clauseAnchors.add(heading.anchor());
                        String earlier = anchorOwners.putIfAbsent(heading.anchor(), path);
                        if (earlier != null) {
                            throw new TemplateException(path, sourceLine(path, "#" + heading.anchor()),
                                    "the anchor \"" + heading.anchor() + "\" is already used in " + earlier, null);
                        }
                    }
                    TreeWalk.crossReferences(heading.title(), anchor -> {
                        clauseReferences.add(anchor);
                        references.add(new PendingReference(anchor, path));
                    });
                } else {
                    TreeWalk.crossReferences(((OutlineItem.Content) item).block(), anchor -> {
                        clauseReferences.add(anchor);
                        references.add(new PendingReference(anchor, path));
                    });
                }
            }
            if (marks.marked()) {
                items.add(new OutlineItem.Content(ClauseMarks.marker(rendered.size())));
            }
            rendered.add(new ClauseRendering.Clause(clause, path, clauseAnchors, clauseReferences));
            items.addAll(clauseItems);
        }
        for (PendingReference reference : references) {
            if (!anchorOwners.containsKey(reference.anchor()) && marks.skipped().isEmpty()) {
                throw new TemplateException(reference.template(), sourceLine(reference.template(), "§[" + reference.anchor()),
                        "the cross-reference §[" + reference.anchor() + "] points at no section or appendix of this contract",
                        null);
            }
        }
        Document document = SideTerms.apply(new Document(info(), Outline.nest(items)), contract.parties(), labels);
        return new ClauseRendering(document, rendered);
    }

    private int sourceLine(String template, String snippet) {
        return PackManifest.lineOf(engine.templateSource(template), snippet);
    }

    private String process(Template template, Map<String, Object> model) {
        StringWriter out = guard.writer();
        guard.start(template.getSourceName());
        try {
            Environment environment = template.createProcessingEnvironment(model, out);
            environment.setLocale(language.locale());
            environment.setTemplateProcessingTracer(guard);
            environment.process();
        } catch (freemarker.template.TemplateException e) {
            if (e.getCause() instanceof RenderGuard.Exceeded exceeded) {
                throw exceeded(exceeded);
            }
            throw TemplateErrors.render(e, template.getSourceName());
        } catch (RenderGuard.Exceeded e) {
            throw exceeded(e);
        } catch (RuntimeException e) {
            // The loop checks TemplateEngine puts into every template stop a render whose thread is
            // interrupted, with an exception of Freemarker's own; the interruption is the caller's.
            if (Thread.currentThread().isInterrupted()) {
                throw new ContractException("Rendering " + guard.template() + " was stopped: the thread was interrupted.", e);
            }
            throw e;
        } catch (StackOverflowError e) {
            // The guard's nesting limit comes first for templates; this is the last line of
            // defence (a thread with a small stack, a deep expression), as StackGuard is for the
            // document tree. The stack is unwound here, so building the exception is safe again.
            throw new TemplateException(guard.template(), guard.line(), "the template calls itself without end"
                    + " (a macro, function or #include that calls itself thousands of levels deep)", null);
        } catch (IOException e) {
            throw new TemplateException(template.getSourceName(), 0, "the template could not be written out: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private TemplateException exceeded(RenderGuard.Exceeded e) {
        return new TemplateException(guard.template(), guard.line(), e.getMessage(), e);
    }

    private Map<String, Object> dataModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("contract", contract.contract());
        model.put("parties", contract.parties());
        model.put("sides", Map.of("customer", SideView.of(contract.parties(), PartyRole.customer),
                "supplier", SideView.of(contract.parties(), PartyRole.supplier)));
        model.put("background", contract.background());
        model.put("vision", contract.vision());
        model.put("objectives", contract.objectives());
        model.put("principles", contract.principles());
        model.put("expectations", contract.expectations());
        model.put("governance", contract.governance());
        model.put("risks", contract.risks());
        model.put("incentives", contract.incentives());
        model.put("amendments", contract.amendments());
        model.put("baseChanges", BaseAgreementChanges.of(contract));
        model.put("forums", ForumRoles.of(contract.governance().forums()));
        model.put("lang", language.name());
        model.put("base", base);
        model.put("fmt", fmt);
        model.put("names", new PartyNames(contract.parties(), labels));
        model.put("label", (TemplateMethodModelEx) this::label);
        model.put("samspillFragment", (TemplateMethodModelEx) this::fragment);
        return model;
    }

    private Object label(List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel)) {
            throw new TemplateModelException("label(...) takes one key, for example label(\"toc.title\")");
        }
        String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
        try {
            return new SimpleScalar(labels.get(key));
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    /** Remembers a text field and writes the placeholder that the Markdown reader turns back into it. */
    private Object fragment(List<?> arguments) throws TemplateModelException {
        TemplateModel value = (TemplateModel) arguments.get(0);
        boolean inline = ((TemplateBooleanModel) arguments.get(1)).getAsBoolean();
        if (value != null && !(value instanceof TemplateScalarModel)) {
            throw new TemplateModelException("<@text> and <@textInline> take a text field");
        }
        String text = value == null ? "" : ((TemplateScalarModel) value).getAsString();
        if (text.isBlank()) {
            return MarkdownOutputFormat.INSTANCE.fromMarkup("");
        }
        int id = fragments.size();
        fragments.add(text);
        return MarkdownOutputFormat.INSTANCE.fromMarkup(inline ? "{{@" + id + "}}" : "\n\n[[fragment:" + id + "]]\n\n");
    }

    private ResolvedBaseAgreement resolveBase(BaseAgreementRef ref) {
        BaseAgreement agreement = engine.catalogue().find(ref.code()).orElse(null);
        BaseAgreementVersion facts = agreement == null ? null : agreement.version(ref.version()).orElse(null);
        String version = ref.version() != null ? ref.version() : facts == null ? null : facts.version();
        String name = agreement == null ? null : language == Language.nb ? agreement.nameNb() : agreement.nameEn();
        Map<String, ResolvedBaseAgreement.Clause> clauses = new LinkedHashMap<>();
        if (facts != null) {
            facts.clauses().forEach((key, clause) -> clauses.put(key.name(), new ResolvedBaseAgreement.Clause(
                    clause.number(), language == Language.nb ? clause.titleNb() : clause.titleEn())));
        }
        return new ResolvedBaseAgreement(
                ref.code(),
                version,
                name,
                ref.reference(),
                ref.changesAppendix() != null ? ref.changesAppendix() : facts == null ? null : facts.changesAppendix(),
                ref.administrativeAppendix() != null ? ref.administrativeAppendix()
                        : facts == null ? null : facts.administrativeAppendix(),
                facts == null ? null : facts.changesAfterSigningAppendix(),
                facts == null ? null : facts.disputeClause(),
                facts == null ? null : facts.priceAppendix(),
                facts == null ? null : facts.serviceLevelAppendix(),
                facts != null && facts.bonusInPriceAppendix(),
                clauses);
    }

    private DocumentInfo info() {
        ContractDetails details = contract.contract();
        List<String> keywords = new ArrayList<>();
        keywords.add(base.code());
        keywords.add("relasjonskontrakt");
        String keyword = labels.get("document.keyword");
        if (!keywords.contains(keyword)) {
            keywords.add(keyword);
        }
        return new DocumentInfo(details.title(), labels.get("document.subject"), keywords, language.name(),
                details.reference(), details.isDraft(), details.date(), CREATOR);
    }

    private CoverPage cover() {
        ContractDetails details = contract.contract();
        List<CoverPage.CoverField> fields = new ArrayList<>();
        for (PartyRole role : PartyRole.values()) {
            fields.add(sideField(role));
        }
        subcontractorField().ifPresent(fields::add);
        fields.add(new CoverPage.CoverField(labels.get("cover.reference"), List.of(details.reference())));
        List<String> baseLines = new ArrayList<>();
        baseLines.add(base.name() == null ? base.label() : base.label() + " " + base.name());
        if (base.reference() != null) {
            baseLines.add(labels.get("cover.baseReference") + " " + base.reference());
        }
        fields.add(new CoverPage.CoverField(labels.get("cover.baseAgreement"), baseLines));
        if (details.date() != null) {
            fields.add(new CoverPage.CoverField(labels.get("cover.date"), List.of(fmt.date(details.date()))));
        }
        String subtitle = labels.get("cover.subtitle").replace("{base}", base.label());
        return new CoverPage(List.of(new Text(details.title())), List.of(new Text(subtitle)), fields);
    }

    /**
     * The subcontractors on the cover, after the parties and under a heading of their own, each
     * marked as not a party: a reader of the cover sees who takes part without taking them for a
     * party that signs.
     */
    private Optional<CoverPage.CoverField> subcontractorField() {
        List<ContractParty> subcontractors = contract.parties().all().stream().filter(p -> !p.signs()).toList();
        if (subcontractors.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (ContractParty party : subcontractors) {
            lines.add(party.party().name() + " " + labels.get("cover.notParty"));
            lines.add(labels.get("cover.orgNumber") + " " + party.party().orgNumberFormatted());
        }
        return Optional.of(new CoverPage.CoverField(
                labels.get(subcontractors.size() > 1 ? "cover.subcontractors" : "cover.subcontractor"), lines));
    }

    /**
     * A side on the cover: its one party as before, or every party of it that signs, the lead
     * marked; subcontractors follow under their own heading.
     */
    private CoverPage.CoverField sideField(PartyRole role) {
        Parties parties = contract.parties();
        if (!parties.isListed(role)) {
            Party party = parties.get(role);
            return new CoverPage.CoverField(labels.get("cover." + role),
                    List.of(party.name(), labels.get("cover.orgNumber") + " " + party.orgNumberFormatted()));
        }
        List<ContractParty> signing = parties.all().stream().filter(p -> p.side() == role && p.signs()).toList();
        // A list of one signing party (beside its subcontractors) is one party, as the clauses read it.
        boolean several = signing.size() > 1;
        List<String> lines = new ArrayList<>();
        for (ContractParty party : signing) {
            String lead = several && party.party().role() == PartyStanding.lead ? " " + labels.get("cover.lead." + role) : "";
            lines.add(party.party().name() + lead);
            lines.add(labels.get("cover.orgNumber") + " " + party.party().orgNumberFormatted());
        }
        return new CoverPage.CoverField(labels.get("cover." + role + (several ? "s" : "")), lines);
    }

    private SignatureBlock signatures() {
        List<SignatureBlock.Signatory> signatories = new ArrayList<>();
        Parties parties = contract.parties();
        for (ContractParty party : parties.all()) {
            if (!party.signs()) {
                continue; // a subcontractor is not a party to the Agreement
            }
            Person signatory = party.party().signatory();
            String name = signatory == null ? null : signatory.name();
            String title = signatory == null ? null : signatory.title();
            // With several parties on a side, each signs under its own name in running text.
            String heading = parties.isListed(party.side())
                    ? (party.party().shortName() != null ? party.party().shortName() : party.party().name())
                    : labels.get("party." + party.side());
            signatories.add(new SignatureBlock.Signatory(heading, party.party().name(), name, title));
        }
        return new SignatureBlock(signatories);
    }

    /** What the engine puts where a template writes a block directive or an inline fragment. */
    private final class Directives implements DirectiveResolver {
        @Override
        public List<Block> block(String name, String argument) {
            if (argument == null) {
                switch (name) {
                    case "cover":
                        return List.of(cover());
                    case "toc":
                        return List.of(new TableOfContents(List.of(new Text(labels.get("toc.title")))));
                    case "signatures":
                        return List.of(signatures());
                    default:
                        break;
                }
            } else if (name.equals("fragment")) {
                return engine.textReader().readBlocks(fragmentText(argument));
            }
            throw new IllegalArgumentException("[[" + name + (argument == null ? "" : ":" + argument)
                    + "]] is not a directive; use [[cover]], [[toc]], [[pagebreak]] or [[signatures]]");
        }

        @Override
        public List<Inline> inline(String id) {
            return engine.textReader().readInlines(fragmentText(id));
        }

        private String fragmentText(String id) {
            int index = Integer.parseInt(id);
            if (index >= fragments.size()) {
                throw new IllegalArgumentException("there is no text field numbered " + id + " in this render");
            }
            return fragments.get(index);
        }
    }

    private record PendingReference(String anchor, String template) {}
}
