package no.samspill.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Keeps an attribute block only where it means something: as the last thing in a heading
 * (and drops the space before it). Anywhere else it goes back to being the text it was.
 */
final class HeadingAttributesPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<HeadingAttributesNode> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode customNode) {
                if (customNode instanceof HeadingAttributesNode) {
                    found.add((HeadingAttributesNode) customNode);
                }
                visitChildren(customNode);
            }
        });
        for (HeadingAttributesNode attributes : found) {
            if (attributes.getParent() instanceof Heading && attributes.getNext() == null) {
                Node previous = attributes.getPrevious();
                if (previous instanceof Text) {
                    Text text = (Text) previous;
                    text.setLiteral(text.getLiteral().stripTrailing());
                }
            } else {
                Text literal = new Text(attributes.source());
                literal.setSourceSpans(attributes.getSourceSpans());
                attributes.insertBefore(literal);
                attributes.unlink();
            }
        }
        return document;
    }
}
