package no.samspill.internal.docx;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** The style ids of one document, found by style name. */
final class StyleSheet {

    private final Map<StyleRole, String> ids;
    private final Map<StyleRole, CTStyle> styles;

    private StyleSheet(Map<StyleRole, String> ids, Map<StyleRole, CTStyle> styles) {
        this.ids = ids;
        this.styles = styles;
    }

    static StyleSheet of(XWPFStyles documentStyles) {
        Map<String, CTStyle> byName = new HashMap<>();
        for (CTStyle style : documentStyles.getCtStyles().getStyleArray()) {
            if (style.isSetName()) {
                byName.putIfAbsent(StyleRole.key(style.getName().getVal()), style);
            }
        }
        Map<StyleRole, String> ids = new EnumMap<>(StyleRole.class);
        Map<StyleRole, CTStyle> styles = new EnumMap<>(StyleRole.class);
        for (StyleRole role : StyleRole.values()) {
            CTStyle style = byName.get(StyleRole.key(role.styleName()));
            if (style == null) {
                throw new IllegalStateException("the reference document lacks the style " + role.styleName());
            }
            ids.put(role, style.getStyleId());
            styles.put(role, style);
        }
        return new StyleSheet(ids, styles);
    }

    String id(StyleRole role) {
        return ids.get(role);
    }

    CTStyle style(StyleRole role) {
        return styles.get(role);
    }
}
