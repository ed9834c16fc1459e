package no.samspill.model;

import java.util.Arrays;
import java.util.Optional;

/** The six standard guiding principles of a formal relational contract, in the standard order. */
public enum StandardPrinciple {
    RECIPROCITY("reciprocity"),
    AUTONOMY("autonomy"),
    HONESTY("honesty"),
    LOYALTY("loyalty"),
    EQUITY("equity"),
    INTEGRITY("integrity");

    private final String id;

    StandardPrinciple(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<StandardPrinciple> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
