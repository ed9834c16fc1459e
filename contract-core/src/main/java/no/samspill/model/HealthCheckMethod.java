package no.samspill.model;

/** How a relationship health check is carried out. */
public enum HealthCheckMethod {
    survey,
    workshop
}
