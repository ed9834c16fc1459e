package no.samspill.internal.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.CrossReference;
import no.samspill.doc.CrossReferenceException;
import no.samspill.doc.Document;
import no.samspill.doc.Node;
import no.samspill.doc.Part;
import no.samspill.doc.Section;

/**
 * Gives every cross-reference the number of the section, appendix or part it points at. All
 * unknown anchors are reported together, so an author fixes them in one round.
 */
public final class CrossReferencePass extends TreeRewriter {

    private final Map<String, String> numbers;
    private final Set<String> unknown = new LinkedHashSet<>();

    private CrossReferencePass(Map<String, String> numbers) {
        this.numbers = numbers;
    }

    public static Document apply(Document numberedDocument) {
        CrossReferencePass pass = new CrossReferencePass(targets(numberedDocument));
        Document resolved = pass.rewrite(numberedDocument);
        if (!pass.unknown.isEmpty()) {
            throw new CrossReferenceException(
                    CrossReferenceException.Reason.UNKNOWN_ANCHOR, new ArrayList<>(pass.unknown));
        }
        return resolved;
    }

    /** Anchor to the number a reference prints, in document order. */
    public static Map<String, String> targets(Document numberedDocument) {
        Map<String, String> targets = new LinkedHashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        collect(numberedDocument.blocks(), targets, duplicates);
        if (!duplicates.isEmpty()) {
            throw new CrossReferenceException(
                    CrossReferenceException.Reason.DUPLICATE_ANCHOR, new ArrayList<>(duplicates));
        }
        return targets;
    }

    private static void collect(List<Block> blocks, Map<String, String> targets, Set<String> duplicates) {
        for (Block block : blocks) {
            if (block instanceof Part part) {
                add(part.anchor(), part.label(), targets, duplicates);
                collect(part.blocks(), targets, duplicates);
            } else if (block instanceof Section section) {
                add(section.anchor(), section.number(), targets, duplicates);
                collect(section.blocks(), targets, duplicates);
            } else if (block instanceof Appendix appendix) {
                add(appendix.anchor(), appendix.number(), targets, duplicates);
                collect(appendix.blocks(), targets, duplicates);
            }
        }
    }

    private static void add(String anchor, String number, Map<String, String> targets, Set<String> duplicates) {
        if (anchor == null) {
            return;
        }
        if (number == null) {
            throw new IllegalStateException("the tree must be numbered before cross-references are resolved");
        }
        if (targets.putIfAbsent(anchor, number) != null) {
            duplicates.add(anchor);
        }
    }

    @Override
    public Node visit(CrossReference crossReference) {
        String number = numbers.get(crossReference.anchor());
        if (number == null) {
            unknown.add(crossReference.anchor());
            return crossReference;
        }
        return new CrossReference(crossReference.anchor(), number);
    }
}
