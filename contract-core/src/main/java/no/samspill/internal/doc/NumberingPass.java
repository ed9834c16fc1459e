package no.samspill.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.samspill.doc.Appendix;
import no.samspill.doc.Block;
import no.samspill.doc.Document;
import no.samspill.doc.Part;
import no.samspill.doc.Section;

/**
 * Labels parts and numbers sections and appendices. Section numbers run across the whole
 * document (parts do not restart them); each appendix counts its own sections from 1.
 */
public final class NumberingPass {

    private final Labels labels;
    private int partCount;
    private int appendixCount;

    private NumberingPass(Labels labels) {
        this.labels = labels;
    }

    public static Document apply(Document document) {
        NumberingPass pass = new NumberingPass(Labels.forLanguage(document.info().language()));
        return new Document(document.info(), pass.number(document.blocks(), new SectionCounter(), 0));
    }

    private List<Block> number(List<Block> blocks, SectionCounter counter, int depth) {
        List<Block> numbered = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Part part) {
                partCount++;
                numbered.add(part.withLabel(labels.partLabel(partCount), number(part.blocks(), counter, depth)));
            } else if (block instanceof Section section) {
                String sectionNumber = counter.next(depth);
                numbered.add(section.withNumber(sectionNumber, number(section.blocks(), counter, depth + 1)));
            } else if (block instanceof Appendix appendix) {
                appendixCount++;
                numbered.add(appendix.withNumber(
                        Integer.toString(appendixCount), number(appendix.blocks(), new SectionCounter(), 0)));
            } else {
                numbered.add(block);
            }
        }
        return numbered;
    }

    /** The running counters of each section level within one numbering scope. */
    private static final class SectionCounter {
        private final List<Integer> counts = new ArrayList<>();

        String next(int depth) {
            while (counts.size() <= depth) {
                counts.add(0);
            }
            counts.set(depth, counts.get(depth) + 1);
            counts.subList(depth + 1, counts.size()).clear();
            return IntStream.rangeClosed(0, depth)
                    .mapToObj(level -> counts.get(level).toString())
                    .collect(Collectors.joining("."));
        }
    }
}
