package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.hibernate.validator.constraints.Range;

/**
 * How the relationship ends.
 *
 * @param noticeMonths notice before the relationship ends, where the base agreement allows it
 * @param transitionPlanMonths months after signing by which the joint exit and transition plan is ready
 */
@JsonClassDescription("How the relationship ends.")
public record Exit(
        @JsonPropertyDescription("Months of notice (1 to 60) before the relationship ends, where the base agreement allows it.")
        @Range(min = 1, max = 60) Integer noticeMonths,
        @JsonPropertyDescription("Months after signing (1 to 60) by which the joint exit and transition plan is ready.")
        @Range(min = 1, max = 60) Integer transitionPlanMonths) {}
