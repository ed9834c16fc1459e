package no.samspill.doc;

import java.util.List;

/** A list whose items are marked with bullets. */
public record BulletList(List<ListItem> items) implements Block {

    public BulletList {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
