package no.samspill.internal.markdown;

import java.util.List;
import no.samspill.doc.Block;
import no.samspill.doc.Inline;

/** Gives the blocks for a block directive and the inlines for an inline fragment. */
public interface DirectiveResolver {

    /**
     * The blocks that stand for {@code [[name]]} or {@code [[name:argument]]}.
     *
     * @param argument the part after the colon, or null
     * @throws IllegalArgumentException when the directive is unknown; the message says why
     */
    List<Block> block(String name, String argument);

    /**
     * The inlines for {@code {{@id}}}.
     *
     * @throws IllegalArgumentException when no fragment has that id
     */
    List<Inline> inline(String id);
}
