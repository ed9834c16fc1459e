package no.samspill.model;

/** Whether the contract is a draft (marked on every page) or final. */
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
