package no.samspill.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering definitions of one render: the multi-level section numbering (1, 1.1, 1.1.1)
 * bound to the heading styles, bullets, and numbered lists. Ids continue after those of the
 * reference document, so its own definitions stay intact.
 */
final class NumberingDefinitions {

    static final int LEVELS = 9;
    /** Headings hang their number in a 1.5 cm column, the text aligned after it. */
    static final long HEADING_INDENT = 851;
    /** Each list level is indented 1 cm further; the marker hangs 0.5 cm to the left. */
    static final long LIST_STEP = 567;
    static final long LIST_HANGING = 283;

    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25e6"};
    private static final STNumberFormat.Enum[] ORDERED_FORMATS = {
        STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN
    };

    private final XWPFNumbering numbering;
    private long nextAbstractId;
    private long nextNumId;
    private final HeadingList headings;
    private final BigInteger bulletAbstract;
    private final BigInteger orderedAbstract;
    private final BigInteger bulletNum;

    /**
     * A multi-level section numbering: its definition, and the list the heading styles are bound
     * to. Word counts the headings of every list on one definition together, so a second column
     * of headings that must count on its own needs a definition of its own.
     */
    record HeadingList(BigInteger abstractId, BigInteger num) {}

    NumberingDefinitions(XWPFNumbering numbering, StyleSheet styles) {
        this.numbering = numbering;
        for (XWPFAbstractNum existing : numbering.getAbstractNums()) {
            nextAbstractId = Math.max(nextAbstractId, existing.getCTAbstractNum().getAbstractNumId().longValue() + 1);
        }
        nextNumId = 1;
        for (XWPFNum existing : numbering.getNums()) {
            nextNumId = Math.max(nextNumId, existing.getCTNum().getNumId().longValue() + 1);
        }
        BigInteger headingAbstract = addAbstract(headingLevels(headingStyleIds(styles)), STMultiLevelType.MULTILEVEL);
        bulletAbstract = addAbstract(bulletLevels(), STMultiLevelType.HYBRID_MULTILEVEL);
        orderedAbstract = addAbstract(orderedLevels(), STMultiLevelType.HYBRID_MULTILEVEL);
        headings = new HeadingList(headingAbstract, addNum(headingAbstract));
        bulletNum = addNum(bulletAbstract);
    }

    /** The section numbering the heading styles are bound to. */
    HeadingList headings() {
        return headings;
    }

    /**
     * Another section numbering, with the same levels as {@link #headings()} but a definition of
     * its own, so that it counts apart from it: the headings of a second column, in the paragraph
     * styles {@code styleIds} (level 1 first).
     */
    HeadingList separateHeadings(List<String> styleIds) {
        BigInteger definition = addAbstract(headingLevels(styleIds), STMultiLevelType.MULTILEVEL);
        return new HeadingList(definition, addNum(definition));
    }

    /** A section numbering that starts again at 1, for the sections of one appendix. */
    BigInteger restarted(HeadingList list) {
        BigInteger id = addNum(list.abstractId());
        for (int level = 0; level < LEVELS; level++) {
            restart(id, level, 1);
        }
        return id;
    }

    BigInteger bulletNum() {
        return bulletNum;
    }

    /** A new numbered list: its own numbers, starting at {@code start} on its level. */
    BigInteger orderedNum(int level, int start) {
        BigInteger id = addNum(orderedAbstract);
        restart(id, level, start);
        return id;
    }

    /** The left indent of list text at a level, where item paragraphs after the first align. */
    static long listIndent(int level) {
        return LIST_STEP * (level + 1);
    }

    private void restart(BigInteger numId, int level, int start) {
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
    }

    private BigInteger addAbstract(CTAbstractNum definition, STMultiLevelType.Enum type) {
        BigInteger id = BigInteger.valueOf(nextAbstractId++);
        definition.setAbstractNumId(id);
        definition.addNewMultiLevelType().setVal(type);
        numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return id;
    }

    private BigInteger addNum(BigInteger abstractId) {
        BigInteger id = BigInteger.valueOf(nextNumId++);
        numbering.addNum(abstractId, id);
        return id;
    }

    private static List<String> headingStyleIds(StyleSheet styles) {
        List<String> ids = new ArrayList<>();
        for (StyleRole role : StyleRole.NUMBERED_HEADINGS) {
            ids.add(styles.id(role));
        }
        return ids;
    }

    private static CTAbstractNum headingLevels(List<String> styleIds) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < LEVELS; level++) {
            text.append(level == 0 ? "" : ".").append('%').append(level + 1);
            CTLvl lvl = level(definition, level, STNumberFormat.DECIMAL, text.toString());
            if (level < styleIds.size()) {
                lvl.addNewPStyle().setVal(styleIds.get(level));
            }
            indent(lvl, HEADING_INDENT, HEADING_INDENT);
        }
        return definition;
    }

    private static CTAbstractNum bulletLevels() {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = level(definition, level, STNumberFormat.BULLET, BULLETS[level % BULLETS.length]);
            indent(lvl, listIndent(level), LIST_HANGING);
        }
        return definition;
    }

    private static CTAbstractNum orderedLevels() {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        for (int level = 0; level < LEVELS; level++) {
            STNumberFormat.Enum format = ORDERED_FORMATS[level % ORDERED_FORMATS.length];
            String text = "%" + (level + 1) + (format == STNumberFormat.LOWER_LETTER ? ")" : ".");
            CTLvl lvl = level(definition, level, format, text);
            indent(lvl, listIndent(level), LIST_HANGING + 142);
        }
        return definition;
    }

    private static CTLvl level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        return lvl;
    }

    private static void indent(CTLvl lvl, long left, long hanging) {
        CTInd ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setHanging(BigInteger.valueOf(hanging));
    }
}
