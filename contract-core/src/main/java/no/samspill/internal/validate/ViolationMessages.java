package no.samspill.internal.validate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;
import no.samspill.model.OneLine;
import no.samspill.model.Slug;
import org.hibernate.validator.constraints.Range;

/**
 * Turns Bean Validation's violations into the format's paths and into messages for a lawyer:
 * Hibernate's defaults ("must not be null", {@code <list element>}) mean nothing to someone who
 * wrote YAML.
 */
final class ViolationMessages {

    /** The noun for one entry of each required list, for "at least one ... is required". */
    private static final Map<String, String> ENTRY_NOUNS = Map.of(
            "objectives", "objective",
            "forums", "forum",
            "members", "member");

    private ViolationMessages() {}

    /** The format's path: {@code objectives[0].measures[1].responsible}, a list entry as {@code objectives[0]}. */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(index).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    /** True for a violation that says a value is absent or empty; other checks on that value add nothing. */
    static boolean isAbsence(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = constraintType(violation);
        return type == NotNull.class || type == NotBlank.class || type == NotEmpty.class;
    }

    static String message(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = constraintType(violation);
        Object value = violation.getInvalidValue();
        String key = lastKey(violation.getPropertyPath());
        boolean listEntry = isListEntry(violation.getPropertyPath());
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();

        if (type == NotNull.class || (type == NotBlank.class && value == null)) {
            return listEntry ? "this list entry is empty; fill it in or remove it" : missingKey(key);
        }
        if (type == NotBlank.class) {
            return listEntry ? "this list entry is empty; fill it in or remove it" : "must not be empty";
        }
        if ((type == NotEmpty.class || type == Size.class) && key.equals("principles")) {
            return "at least one principle is required; leave out \"principles\" to get the six standard ones";
        }
        if (type == NotEmpty.class) {
            return "at least one " + ENTRY_NOUNS.getOrDefault(key, "entry") + " is required";
        }
        if (type == Size.class && value instanceof CharSequence text) {
            int max = (Integer) attributes.get("max");
            int min = (Integer) attributes.get("min");
            int length = text.length();
            if (length > max) {
                return "must be at most " + max + " characters (it has " + length + ")";
            }
            return "must be at least " + min + " characters (it has " + length + ")";
        }
        if (type == Range.class) {
            return "must be a number from " + attributes.get("min") + " to " + attributes.get("max")
                    + " (it is " + value + ")";
        }
        if (type == Email.class) {
            return quoted(value) + " is not a valid e-mail address";
        }
        if (type == OneLine.class) {
            return violation.getMessage();
        }
        if (type == Slug.class) {
            return quoted(value) + " " + violation.getMessage() + exampleSlug(value);
        }
        if (type == Pattern.class) {
            // The model's pattern messages are written to follow the quoted value.
            return quoted(value) + " " + violation.getMessage();
        }
        return violation.getMessage();
    }

    static String missingKey(String key) {
        return "missing required key \"" + key + "\"";
    }

    private static Class<? extends Annotation> constraintType(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType();
    }

    private static String lastKey(Path path) {
        String key = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                key = node.getName();
            }
        }
        return key;
    }

    private static boolean isListEntry(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last != null && last.getKind() == ElementKind.CONTAINER_ELEMENT;
    }

    private static String quoted(Object value) {
        return "\"" + value + "\"";
    }

    // "Faster Documentation" → ', for example "faster-documentation"': shows the form rather than describing it.
    private static String exampleSlug(Object value) {
        if (value == null) {
            return "";
        }
        String slug = value.toString().toLowerCase(Locale.ROOT)
                .replace('æ', 'a').replace('ø', 'o').replace('å', 'a')
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        if (!slug.matches("[a-z][a-z0-9-]{0,39}") || slug.equals(value)) {
            return "";
        }
        return ", for example \"" + slug + "\"";
    }
}
