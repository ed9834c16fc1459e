package no.samspill.doc;

import java.util.List;

/** An item of a bullet or numbered list; it may hold paragraphs and nested lists. */
public record ListItem(List<Block> blocks) {

    public ListItem {
        blocks = List.copyOf(blocks);
    }
}
