package no.samspill.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Changes to the styles of the document being rendered. */
final class StyleBinding {

    private StyleBinding() {}

    /**
     * Binds the section numbering to the heading styles (Heading 1 at level 1, and so on), so that
     * a heading a lawyer adds in Word is numbered too. The part, appendix and contents headings
     * are based on Heading 1 but carry their label as text, so numbering is switched off in them.
     */
    static void bindHeadingNumbering(StyleSheet styles, BigInteger headingNum) {
        for (int level = 0; level < StyleRole.NUMBERED_HEADINGS.length; level++) {
            CTNumPr numPr = freshNumPr(styles.style(StyleRole.NUMBERED_HEADINGS[level]));
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
            numPr.addNewNumId().setVal(headingNum);
        }
        for (StyleRole unnumbered : new StyleRole[] {
            StyleRole.PART_HEADING, StyleRole.APPENDIX_HEADING, StyleRole.TOC_HEADING
        }) {
            freshNumPr(styles.style(unnumbered)).addNewNumId().setVal(BigInteger.ZERO);
        }
    }

    /** Outline level 9 is body text: the table of contents and the navigation pane pass it by. */
    private static final int BODY_TEXT_OUTLINE_LEVEL = 9;

    /**
     * The heading styles of the second column of a parallel document, by style id: each looks
     * like the heading it is based on, but is body text to the outline, so that the table of
     * contents lists every clause once, by its first column's heading.
     *
     * @param levels the numbered headings, level 1 first, as {@link StyleRole#NUMBERED_HEADINGS}
     */
    record SecondColumnStyles(List<String> levels, String part, String appendix) {
        SecondColumnStyles {
            levels = List.copyOf(levels);
        }
    }

    /**
     * Adds the second column's heading styles, "Parallel Heading 1" and so on, each based on its
     * heading style; a reference document that has a style of that name keeps it, made body text
     * to the outline. Numbering is bound separately ({@link #bindSecondColumnNumbering}), because the
     * numbering definition names these styles in turn.
     */
    static SecondColumnStyles addSecondColumnStyles(XWPFStyles documentStyles, StyleSheet styles) {
        Set<String> usedIds = new HashSet<>();
        for (CTStyle style : documentStyles.getCtStyles().getStyleArray()) {
            usedIds.add(style.getStyleId());
        }
        List<String> levels = new ArrayList<>();
        for (int level = 0; level < StyleRole.NUMBERED_HEADINGS.length; level++) {
            levels.add(derived(documentStyles, styles, usedIds, "Parallel Heading " + (level + 1),
                    StyleRole.NUMBERED_HEADINGS[level]));
        }
        String part = derived(documentStyles, styles, usedIds, "Parallel Part Heading", StyleRole.PART_HEADING);
        String appendix = derived(documentStyles, styles, usedIds, "Parallel Appendix Heading", StyleRole.APPENDIX_HEADING);
        return new SecondColumnStyles(levels, part, appendix);
    }

    private static String derived(XWPFStyles documentStyles, StyleSheet styles, Set<String> usedIds, String name,
            StyleRole base) {
        CTStyle style = paragraphStyleNamed(documentStyles, name);
        if (style == null) {
            String compact = name.replace(" ", "");
            String id = compact;
            for (int suffix = 2; usedIds.contains(id); suffix++) {
                id = compact + suffix;
            }
            usedIds.add(id);
            CTStyle created = CTStyle.Factory.newInstance();
            created.setType(STStyleType.PARAGRAPH);
            created.setStyleId(id);
            created.setCustomStyle(Boolean.TRUE);
            created.addNewName().setVal(name);
            created.addNewBasedOn().setVal(styles.id(base));
            created.addNewNext().setVal(styles.id(StyleRole.BODY_TEXT));
            documentStyles.addStyle(new XWPFStyle(created, documentStyles));
            // The styles part keeps a copy of what is added; that copy is the one written.
            style = live(documentStyles, id);
        }
        CTPPrGeneral properties = style.isSetPPr() ? style.getPPr() : style.addNewPPr();
        if (properties.isSetOutlineLvl()) {
            properties.unsetOutlineLvl();
        }
        properties.addNewOutlineLvl().setVal(BigInteger.valueOf(BODY_TEXT_OUTLINE_LEVEL));
        return style.getStyleId();
    }

    /**
     * Binds the second column's own section numbering to its heading styles, as
     * {@link #bindHeadingNumbering} does for the first; its part and appendix headings carry their
     * label as text.
     */
    static void bindSecondColumnNumbering(XWPFStyles documentStyles, SecondColumnStyles styles, BigInteger headingNum) {
        for (int level = 0; level < styles.levels().size(); level++) {
            CTNumPr numPr = freshNumPr(live(documentStyles, styles.levels().get(level)));
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
            numPr.addNewNumId().setVal(headingNum);
        }
        for (String unnumbered : new String[] {styles.part(), styles.appendix()}) {
            freshNumPr(live(documentStyles, unnumbered)).addNewNumId().setVal(BigInteger.ZERO);
        }
    }

    private static CTStyle paragraphStyleNamed(XWPFStyles documentStyles, String name) {
        for (CTStyle style : documentStyles.getCtStyles().getStyleArray()) {
            if (style.isSetName() && StyleRole.key(style.getName().getVal()).equals(StyleRole.key(name))
                    && style.getType() == STStyleType.PARAGRAPH) {
                return style;
            }
        }
        return null;
    }

    /** The style in the styles part itself: POI's style objects can be copies of it. */
    private static CTStyle live(XWPFStyles documentStyles, String id) {
        for (CTStyle style : documentStyles.getCtStyles().getStyleArray()) {
            if (id.equals(style.getStyleId())) {
                return style;
            }
        }
        throw new IllegalStateException("no style with the id " + id);
    }

    private static CTNumPr freshNumPr(CTStyle style) {
        CTPPrGeneral properties = style.isSetPPr() ? style.getPPr() : style.addNewPPr();
        if (properties.isSetNumPr()) {
            properties.unsetNumPr();
        }
        return properties.addNewNumPr();
    }

    /** The language of all text, for spell checking and hyphenation: {@code nb-NO} or {@code en-GB}. */
    static void setLanguage(XWPFStyles styles, String languageTag) {
        var ctStyles = styles.getCtStyles();
        CTDocDefaults defaults = ctStyles.isSetDocDefaults() ? ctStyles.getDocDefaults() : ctStyles.addNewDocDefaults();
        CTRPrDefault runDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr run = runDefault.isSetRPr() ? runDefault.getRPr() : runDefault.addNewRPr();
        CTLanguage language = run.sizeOfLangArray() > 0 ? run.getLangArray(0) : run.addNewLang();
        language.setVal(languageTag);
    }
}
