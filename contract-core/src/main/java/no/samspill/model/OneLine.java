package no.samspill.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string printed on one line (a title, a name, a role): a line break in it would break the
 * cover page, tables and signature block it appears in. An absent value is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\n\\r\\u2028\\u2029]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLine {
    String message() default "must be one line, without line breaks";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
