package no.samspill.model;

import org.hibernate.validator.constraints.Range;

/**
 * How the relationship ends.
 *
 * @param noticeMonths notice before the relationship ends, where the base agreement allows it
 * @param transitionPlanMonths months after signing by which the joint exit and transition plan is ready
 */
public record Exit(@Range(min = 1, max = 60) Integer noticeMonths, @Range(min = 1, max = 60) Integer transitionPlanMonths) {}
