package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The procurement rules the customer is bound by when it bought what the contract covers. */
@JsonClassDescription("The procurement rules the customer is bound by: general (anskaffelsesforskriften, FOA),"
        + " utilities (forsyningsforskriften) or none (not a public buyer).")
public enum ProcurementRegulation {
    /** The customer is bound by anskaffelsesforskriften (FOA), the general public procurement regulation. */
    general,
    /** The customer is bound by forsyningsforskriften, the utilities procurement regulation. */
    utilities,
    /** The customer is not a public buyer bound by procurement regulations. */
    none
}
