package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A measure of an objective.
 *
 * @param baseline where the measure stands at signing: a number, or a text for a qualitative measure
 * @param responsible who answers for measuring and reporting: a side, a party's id or {@code joint},
 *     which it is when left out
 * @param better which way the measure improves, where the description says
 */
@JsonClassDescription("A measure of an objective.")
public record Measure(
        @JsonPropertyDescription("The measure's id, unique among all measures; incentives name it: a lower-case letter, then up to 39 lower-case letters, digits or hyphens.")
        @NotNull @Slug String id,
        @JsonPropertyDescription("The measure's name: one line.")
        @Translatable @NotBlank @OneLine String name,
        @JsonPropertyDescription("The unit the measure is counted in, for example minutes: one line.")
        @Translatable @OneLine String unit,
        @JsonPropertyDescription("Where the measure stands at signing: a number, or a text for a qualitative measure.")
        MeasureValue baseline,
        @JsonPropertyDescription("Where the measure should be by the deadline: a number, or a text for a qualitative measure.")
        MeasureValue target,
        @JsonPropertyDescription("When the target should be reached, as YYYY-MM-DD; within the term of the contract.")
        LocalDate deadline,
        @JsonPropertyDescription("How the measure is measured.")
        @Translatable String method,
        @JsonPropertyDescription("How often the measure is measured and reported.")
        Frequency frequency,
        @JsonPropertyDescription("Who answers for measuring and reporting: customer, supplier, joint (the Parties"
                + " together, the default) or a party's id.")
        PartyRef responsible,
        @JsonPropertyDescription("Which way the measure improves: higher or lower. Needed when a numeric target equals the"
                + " baseline (the level is to be held); the contract then reads the target as a floor or a ceiling.")
        Direction better) {

    public Measure {
        responsible = responsible == null ? PartyRef.JOINT : responsible;
    }

    /** A measure for which a side or the Parties together answer. */
    public Measure(String id, String name, String unit, MeasureValue baseline, MeasureValue target, LocalDate deadline,
            String method, Frequency frequency, Responsible responsible, Direction better) {
        this(id, name, unit, baseline, target, deadline, method, frequency,
                responsible == null ? null : PartyRef.of(responsible), better);
    }

    /** A measure that does not say which way it improves. */
    public Measure(String id, String name, String unit, MeasureValue baseline, MeasureValue target, LocalDate deadline,
            String method, Frequency frequency, Responsible responsible) {
        this(id, name, unit, baseline, target, deadline, method, frequency, responsible, (Direction) null);
    }

    /**
     * Which way the measure improves: as stated, or else as a numeric target lies from a numeric
     * baseline; null when neither says.
     */
    public Direction direction() {
        if (better != null) {
            return better;
        }
        if (baseline != null && target != null && baseline.isNumber() && target.isNumber()) {
            int comparison = target.number().compareTo(baseline.number());
            return comparison > 0 ? Direction.higher : comparison < 0 ? Direction.lower : null;
        }
        return null;
    }
}
