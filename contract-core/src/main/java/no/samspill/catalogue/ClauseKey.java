package no.samspill.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The clauses of a standard agreement that a contract may cite by number, as the catalogue
 * names them ({@code clauses:} of a version). The names are the catalogue's keys and what
 * templates pass to {@code base.clause("...")}.
 */
public enum ClauseKey {
    /** Interpretation and the order of precedence between the general text and the appendices. */
    precedence,
    /** The parties' representatives. */
    representatives,
    /** Key personnel. */
    keyPersonnel,
    /** Cancellation (avbestilling). */
    cancellation,
    /** The duty of confidentiality. */
    confidentiality,
    /** Written form of notices and changes. */
    writtenForm,
    /** Negotiations, the first step of dispute resolution. */
    negotiation,
    /** Mediation. */
    mediation,
    /** Court proceedings or arbitration. */
    courts,
    /** The handling of disputes about changes and disputed change orders. */
    disputedChangeOrders;

    /** The key with this name, as the catalogue and templates write it. */
    public static Optional<ClauseKey> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }

    /** Every key, as written: "precedence, representatives, ...". */
    public static String allNames() {
        return String.join(", ", Arrays.stream(values()).map(ClauseKey::name).toList());
    }
}
