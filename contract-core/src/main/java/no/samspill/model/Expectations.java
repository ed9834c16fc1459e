package no.samspill.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** What each party commits to: short statements, one per line item. */
public record Expectations(List<@NotBlank String> customer, List<@NotBlank String> supplier) {

    public Expectations {
        customer = Lists.copy(customer);
        supplier = Lists.copy(supplier);
    }

    public boolean isEmpty() {
        return customer.isEmpty() && supplier.isEmpty();
    }
}
