package no.samspill.internal.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

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
