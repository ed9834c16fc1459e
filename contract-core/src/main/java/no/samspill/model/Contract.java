package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A whole contract description: the root of the format.
 *
 * @param samspill the format version, {@code 1}
 * @param principles the guiding principles; the six standard ones, in the standard order, when left out
 */
@JsonClassDescription("A contract description: what the parties agree on, from which samspill writes the formal relational contract.")
public record Contract(
        @JsonPropertyDescription("The format version the description is written in: 1.")
        @NotNull Integer samspill,
        @JsonPropertyDescription("The contract: title, reference, language, status, date, base agreement, term and procurement.")
        @NotNull @Valid ContractDetails contract,
        @JsonPropertyDescription("The two parties: the customer and the supplier.")
        @NotNull @Valid Parties parties,
        @JsonPropertyDescription("How the collaboration came about. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable String background,
        @JsonPropertyDescription("The parties' shared vision for the collaboration. Text: paragraphs, *emphasis*, **strong**, and bullet or numbered lists.")
        @Translatable @NotNull String vision,
        @JsonPropertyDescription("The shared objectives, at least one, each with the measures that tell whether it is reached.")
        @NotEmpty List<@NotNull @Valid Objective> objectives,
        @JsonPropertyDescription("The guiding principles, in order: a standard principle by its id, or a mapping. When left out, the six standard principles in the standard order.")
        @Size(min = 1) List<@NotNull @Valid PrincipleEntry> principles,
        @JsonPropertyDescription("What each party commits to.")
        @Valid Expectations expectations,
        @JsonPropertyDescription("How the relationship is governed.")
        @NotNull @Valid Governance governance,
        @JsonPropertyDescription("The joint risk register at signing.")
        List<@NotNull @Valid Risk> risks,
        @JsonPropertyDescription("Incentives tied to measures.")
        List<@NotNull @Valid Incentive> incentives,
        @JsonPropertyDescription("Changes to the base agreement's general text.")
        List<@NotNull @Valid Amendment> amendments,
        @JsonPropertyDescription("What the description says about the structural checks: the warnings it accepts, with reasons.")
        @Valid Checks checks) {

    /** The only format version this release reads. */
    public static final int FORMAT_VERSION = 1;

    public Contract {
        objectives = Lists.copy(objectives);
        principles = principles == null ? PrincipleEntry.standardSet() : Lists.copy(principles);
        expectations = expectations == null ? new Expectations(null, null) : expectations;
        risks = Lists.copy(risks);
        incentives = Lists.copy(incentives);
        amendments = Lists.copy(amendments);
        checks = checks == null ? Checks.NONE : checks;
    }

    /** A description that accepts no warning. */
    public Contract(Integer samspill, ContractDetails contract, Parties parties, String background, String vision,
            List<Objective> objectives, List<PrincipleEntry> principles, Expectations expectations,
            Governance governance, List<Risk> risks, List<Incentive> incentives, List<Amendment> amendments) {
        this(samspill, contract, parties, background, vision, objectives, principles, expectations, governance,
                risks, incentives, amendments, null);
    }

    /**
     * The same values with the clauses of another language, as if the description said
     * {@code language: ...}: how a template pack's languages are checked against each other. The
     * values are not translated; an edition of a description in another language is read from
     * the description ({@code ContractGenerator.validate(file, Edition.of(language))}).
     */
    public Contract inLanguage(Language language) {
        return inEdition(language, contract.parallel());
    }

    /**
     * The same contract as one column of a parallel edition, or as a single edition: the clauses
     * on languages say which the contract is.
     */
    public Contract inEdition(Language language, boolean parallel) {
        ContractDetails d = contract;
        ContractDetails details = new ContractDetails(d.title(), d.reference(), language, d.prevailingLanguage(),
                parallel, d.status(), d.date(), d.baseAgreement(), d.term(), d.procurement(),
                d.dataProcessingAgreement());
        return new Contract(samspill, details, parties, background, vision, objectives, principles, expectations,
                governance, risks, incentives, amendments, checks);
    }

    /** Every measure of every objective, in order. */
    public List<Measure> allMeasures() {
        return objectives.stream()
                .filter(o -> o != null)
                .flatMap(o -> o.measures().stream())
                .toList();
    }
}
