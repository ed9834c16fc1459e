package no.samspill.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.TemplateException;

/** The base agreements a template pack knows, in the order it lists them. */
public record BaseAgreementCatalogue(List<BaseAgreement> agreements) {

    public BaseAgreementCatalogue {
        agreements = List.copyOf(agreements);
    }

    public Optional<BaseAgreement> find(String code) {
        return agreements.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return agreements.stream().map(BaseAgreement::code).toList();
    }

    /**
     * Reads a catalogue file ({@code catalogue.yaml} of a template pack):
     *
     * <pre>
     * agreements:
     *   - code: SSA-L
     *     name: { nb: "...", en: "..." }
     *     versions:
     *       - version: "2018"
     *         changesAppendix: null          # an integer, or null when not verified
     *         administrativeAppendix: null
     *         changesAfterSigningAppendix: null
     *         disputeClause: null            # for example "11", or null
     *         priceAppendix: null            # optional: total price and pricing provisions
     *         serviceLevelAppendix: null     # optional: service levels
     *         bonusInPriceAppendix: false    # optional: the price appendix also holds the bonus
     *         clauses:                       # optional: verified clauses, by {@link ClauseKey}
     *           mediation: { number: "11.3", title: { nb: Mekling, en: Mediation } }
     * </pre>
     *
     * <p>Every key of a version but {@code version} may be left out, so a catalogue written before
     * a key existed still reads; an unknown key, an unknown clause key or a clause without its
     * number or either title is an error naming the line.
     *
     * @param file the file's name in its pack, for messages
     * @throws TemplateException when the file is not a valid catalogue; it names the line
     */
    public static BaseAgreementCatalogue read(String yaml, String file) {
        CatalogueFile parsed;
        try {
            parsed = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build()
                    .readValue(yaml, CatalogueFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new TemplateException(file, keyLine(yaml, e, null),
                    "unknown key \"" + e.getPropertyName() + "\"", e);
        } catch (InvalidFormatException e) {
            if (e.getTargetType() == ClauseKey.class) {
                throw new TemplateException(file, keyLine(yaml, e, String.valueOf(e.getValue())), "unknown clause \""
                        + e.getValue() + "\"; the clauses a catalogue can record are " + ClauseKey.allNames(), e);
            }
            throw new TemplateException(file, keyLine(yaml, e, null), "this is not a valid base-agreement catalogue", e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage()
                    : "this is not a valid base-agreement catalogue";
            throw new TemplateException(file, keyLine(yaml, e, null), message, e);
        } catch (JsonMappingException e) {
            throw new TemplateException(file, keyLine(yaml, e, null), "this is not a valid base-agreement catalogue", e);
        } catch (JsonProcessingException e) {
            throw new TemplateException(file, line(e), "this is not a valid base-agreement catalogue", e);
        }
        if (parsed == null || parsed.agreements() == null) {
            throw new TemplateException(file, 1, "the catalogue has no \"agreements\" list", null);
        }
        try {
            return new BaseAgreementCatalogue(parsed.agreements().stream().map(CatalogueEntry::toAgreement).toList());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TemplateException(file, 0, "an agreement is incomplete: " + e.getMessage(), e);
        }
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /**
     * The line of the key a binding problem is about. Jackson reports where it was reading when
     * it gave up, which for a record is the end of the mapping the key is in; the problem's path
     * finds the key itself.
     *
     * @param lastKey a key to add to the problem's path (a map key Jackson could not read is not in it), or null
     */
    private static int keyLine(String yaml, JsonMappingException e, String lastKey) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer = reference.getFieldName() != null
                    ? pointer.appendProperty(reference.getFieldName())
                    : pointer.appendIndex(reference.getIndex());
        }
        if (lastKey != null && !lastKey.equals(pointer.last() == null ? null : pointer.last().getMatchingProperty())) {
            pointer = pointer.appendProperty(lastKey);
        }
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().equals(pointer)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException | RuntimeException notFound) {
            // the line Jackson gave is the best there is
        }
        return line(e);
    }

    private record CatalogueFile(List<CatalogueEntry> agreements) {}

    private record CatalogueEntry(String code, Map<String, String> name, List<VersionEntry> versions,
            Boolean framework, Map<String, String> principleConflicts) {
        BaseAgreement toAgreement() {
            if (code == null || name == null || versions == null) {
                throw new IllegalArgumentException("every agreement needs a code, a name and versions");
            }
            return new BaseAgreement(code, name.get("nb"), name.get("en"),
                    versions.stream().map(VersionEntry::toVersion).toList(), Boolean.TRUE.equals(framework),
                    principleConflicts);
        }
    }

    /** A version as the file writes it: the keys added after the first catalogue may be left out. */
    private record VersionEntry(
            String version,
            Integer changesAppendix,
            Integer administrativeAppendix,
            Integer changesAfterSigningAppendix,
            String disputeClause,
            Integer priceAppendix,
            Integer serviceLevelAppendix,
            Boolean bonusInPriceAppendix,
            Map<ClauseKey, ClauseEntry> clauses,
            List<String> generalTextClauses) {

        BaseAgreementVersion toVersion() {
            Map<ClauseKey, ClauseReference> references = new EnumMap<>(ClauseKey.class);
            if (clauses != null) {
                clauses.forEach((key, clause) -> {
                    if (clause == null) {
                        throw new IllegalArgumentException("the clause \"" + key + "\" of version " + version
                                + " is empty; give its number and title, or leave it out");
                    }
                    references.put(key, new ClauseReference(clause.number(), clause.title().nb(), clause.title().en()));
                });
            }
            return new BaseAgreementVersion(version, changesAppendix, administrativeAppendix,
                    changesAfterSigningAppendix, disputeClause, priceAppendix, serviceLevelAppendix,
                    Boolean.TRUE.equals(bonusInPriceAppendix), references, generalTextClauses);
        }
    }

    /** A cited clause as the file writes it: {@code { number: "11.3", title: { nb: ..., en: ... } }}. */
    private record ClauseEntry(String number, ClauseTitle title) {
        ClauseEntry {
            if (number == null || number.isBlank()) {
                throw new IllegalArgumentException("a clause needs its \"number\"");
            }
            if (title == null || title.nb() == null || title.nb().isBlank() || title.en() == null || title.en().isBlank()) {
                throw new IllegalArgumentException("the clause " + number + " needs a title in nb and en:"
                        + " title: { nb: ..., en: ... }");
            }
        }
    }

    private record ClauseTitle(String nb, String en) {}
}
