package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The level a forum works at. */
@JsonClassDescription("The level a forum works at: strategic, tactical or operational.")
public enum ForumLevel {
    strategic,
    tactical,
    operational
}
