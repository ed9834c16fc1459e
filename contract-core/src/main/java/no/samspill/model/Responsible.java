package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Who answers for a measure, a risk or a task. */
@JsonClassDescription("Who answers: customer, supplier or joint.")
public enum Responsible {
    customer,
    supplier,
    joint
}
