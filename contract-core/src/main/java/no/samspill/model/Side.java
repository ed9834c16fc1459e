package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a side with several parties: how it decides, what its lead may not agree alone,
 * how its parties share the costs, and (for the suppliers) how they answer for the consortium.
 *
 * @param costShares each customer's share of the costs of governance and incentives, in per cent,
 *     by party id; empty for equal shares
 */
@JsonClassDescription("The rules of a side with several parties: how it decides, what its lead may not agree alone, the cost shares and the consortium's liability.")
public record Side(
        @JsonPropertyDescription("How the side decides what the Agreement leaves to it: lead, majority or unanimity (the default).")
        SideDecision decides,
        @JsonPropertyDescription("What the lead may not agree alone for the side, one item each, besides what the Agreement already reserves.")
        @Translatable List<@NotBlank String> leadMayNotAlone,
        @JsonPropertyDescription("The customers' shares of the costs of governance and incentives, in per cent, by party id; together 100. Equal shares when left out.")
        Map<String, BigDecimal> costShares,
        @JsonPropertyDescription("How the suppliers answer for the consortium's obligations: jointAndSeveral, several or baseAgreement (the default).")
        ConsortiumLiability liability) {

    public Side {
        decides = decides == null ? SideDecision.unanimity : decides;
        leadMayNotAlone = Lists.copy(leadMayNotAlone);
        costShares = costShares == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(costShares));
        liability = liability == null ? ConsortiumLiability.baseAgreement : liability;
    }

    /** The rules of a side that says nothing: unanimity, equal shares, liability as the base agreement. */
    public static final Side DEFAULT = new Side(null, null, null, null);
}
