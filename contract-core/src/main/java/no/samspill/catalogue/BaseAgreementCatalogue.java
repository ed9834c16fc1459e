package no.samspill.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
     * </pre>
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
            throw new TemplateException(file, e.getLocation().getLineNr(),
                    "unknown key \"" + e.getPropertyName() + "\"", e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new TemplateException(file, line, "this is not a valid base-agreement catalogue", e);
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

    private record CatalogueFile(List<CatalogueEntry> agreements) {}

    private record CatalogueEntry(String code, Map<String, String> name, List<BaseAgreementVersion> versions) {
        BaseAgreement toAgreement() {
            if (code == null || name == null || versions == null) {
                throw new IllegalArgumentException("every agreement needs a code, a name and versions");
            }
            return new BaseAgreement(code, name.get("nb"), name.get("en"), versions);
        }
    }
}
