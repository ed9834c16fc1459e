package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Which way a numeric measure improves. */
@JsonClassDescription("Which way a numeric measure improves: higher or lower.")
public enum Direction {
    /** A higher value is better: the target is a floor. */
    higher,
    /** A lower value is better: the target is a ceiling. */
    lower
}
