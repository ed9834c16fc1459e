package no.samspill.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An identifier: a lower-case letter, then up to 39 lower-case letters, digits or hyphens. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[a-z][a-z0-9-]{0,39}")
@jakarta.validation.ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {
    // The validator puts the offending value, quoted, in front of this message.
    String message() default "is not a valid id: use a lower-case letter, then up to 39 lower-case letters, digits or hyphens";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
