package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Size;

/**
 * The procurement the contract came out of.
 *
 * @param name the procurement's name, as announced
 * @param reference the procurement's own reference, for example its case or notice number
 * @param regulation the procurement rules the customer is bound by; {@code general} when left out
 */
@JsonClassDescription("The procurement the contract came out of: its name, its reference and the rules the customer is bound by.")
public record Procurement(
        @JsonPropertyDescription("The procurement's name, as announced: one line of at most 200 characters.")
        @Translatable @Size(max = 200) @OneLine String name,
        @JsonPropertyDescription("The procurement's own reference, for example its case or notice number: one line of at most 100 characters.")
        @Size(max = 100) @OneLine String reference,
        @JsonPropertyDescription("The procurement rules the customer is bound by: general (anskaffelsesforskriften, FOA),"
                + " utilities (forsyningsforskriften) or none (the customer is not a public buyer).")
        ProcurementRegulation regulation) {

    public Procurement {
        regulation = regulation == null ? ProcurementRegulation.general : regulation;
    }
}
