package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each party commits to: short statements, one per line item. */
@JsonClassDescription("What each party commits to: short statements, one per item.")
public record Expectations(
        @JsonPropertyDescription("What the customer commits to, one statement per item.")
        @Translatable List<@NotBlank String> customer,
        @JsonPropertyDescription("What the supplier commits to, one statement per item.")
        @Translatable List<@NotBlank String> supplier,
        @JsonPropertyDescription("Where a side has several parties: what one party commits to on its own, by the party's id,"
                + " one statement per item.")
        @Translatable Map<String, List<@NotBlank String>> parties) {

    public Expectations {
        customer = Lists.copy(customer);
        supplier = Lists.copy(supplier);
        Map<String, List<String>> copied = new LinkedHashMap<>();
        if (parties != null) {
            parties.forEach((id, commitments) -> copied.put(id, Lists.copy(commitments)));
        }
        parties = Collections.unmodifiableMap(copied);
    }

    /** What each side commits to, without commitments of single parties. */
    public Expectations(List<String> customer, List<String> supplier) {
        this(customer, supplier, null);
    }

    public boolean isEmpty() {
        return customer.isEmpty() && supplier.isEmpty() && parties.values().stream().allMatch(List::isEmpty);
    }
}
