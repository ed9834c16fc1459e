package no.samspill.doc;

import java.util.List;

/** A list whose items are numbered, starting at {@code start}. */
public record OrderedList(int start, List<ListItem> items) implements Block {

    public OrderedList {
        items = List.copyOf(items);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
