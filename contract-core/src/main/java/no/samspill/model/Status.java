package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** Whether the contract is a draft (marked on every page) or final. */
@JsonClassDescription("draft or final; a draft is marked as such on every page.")
public enum Status {
    draft,
    final_;

    @com.fasterxml.jackson.annotation.JsonValue
    public String yamlName() {
        return this == final_ ? "final" : name();
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Status of(String value) {
        for (Status s : values()) {
            if (s.yamlName().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException(value);
    }

    @Override
    public String toString() {
        return yamlName();
    }
}
