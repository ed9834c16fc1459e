package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** What each party commits to: short statements, one per line item. */
@JsonClassDescription("What each party commits to: short statements, one per item.")
public record Expectations(
        @JsonPropertyDescription("What the customer commits to, one statement per item.")
        @Translatable List<@NotBlank String> customer,
        @JsonPropertyDescription("What the supplier commits to, one statement per item.")
        @Translatable List<@NotBlank String> supplier) {

    public Expectations {
        customer = Lists.copy(customer);
        supplier = Lists.copy(supplier);
    }

    public boolean isEmpty() {
        return customer.isEmpty() && supplier.isEmpty();
    }
}
