package no.samspill.model;

/** Who answers for a measure, a risk or a task. */
public enum Responsible {
    customer,
    supplier,
    joint
}
