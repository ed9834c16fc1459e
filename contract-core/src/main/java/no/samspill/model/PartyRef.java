package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A reference to a party, as the description writes it: a side ({@code customer},
 * {@code supplier}), which stands for any party of that side, a party's id, or (where the field
 * allows it, as a measure's {@code responsible} does) {@code joint}, the Parties together.
 *
 * @param value the reference as written
 */
public record PartyRef(String value) {

    /** The Parties together: all of them answer, as a measure's or a risk's default. */
    public static final PartyRef JOINT = new PartyRef("joint");

    public PartyRef {
        Objects.requireNonNull(value, "value must not be null");
    }

    /** Reads the reference from the plain string the description holds. */
    @JsonCreator
    public static PartyRef of(String value) {
        return new PartyRef(value);
    }

    /** A reference to a whole side. */
    public static PartyRef of(PartyRole side) {
        return new PartyRef(side.name());
    }

    /** The reference a {@link Responsible} value stands for: a side, or {@link #JOINT}. */
    public static PartyRef of(Responsible responsible) {
        return new PartyRef(responsible.name());
    }

    /** Whether this reference names the Parties together. */
    public boolean isJoint() {
        return JOINT.value.equals(value);
    }

    /** The side this reference names, when it names a side rather than a party; null otherwise. */
    public PartyRole side() {
        for (PartyRole role : PartyRole.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The reference as written, so that a template prints it as it prints a side's name. */
    @Override
    public String toString() {
        return value;
    }
}
