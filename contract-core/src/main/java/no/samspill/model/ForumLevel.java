package no.samspill.model;

/** The level a forum works at. */
public enum ForumLevel {
    strategic,
    tactical,
    operational
}
