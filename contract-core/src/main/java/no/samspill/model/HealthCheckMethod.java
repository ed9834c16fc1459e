package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How a relationship health check is carried out. */
@JsonClassDescription("How a relationship health check is carried out: survey or workshop.")
public enum HealthCheckMethod {
    survey,
    workshop
}
