package no.samspill.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How the relationship ends.
 *
 * @param noticeMonths notice before the relationship ends, where the base agreement allows it
 * @param transitionPlanMonths months after signing by which the joint exit and transition plan is ready
 */
public record Exit(@Min(1) @Max(60) Integer noticeMonths, @Min(1) @Max(60) Integer transitionPlanMonths) {}
