package no.samspill.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text the parties write that a description may give per language: as a plain string, in the
 * contract's language ({@code title: Mindre tid til dokumentasjon}), or as a mapping with one
 * entry per language ({@code title: {nb: Mindre tid til dokumentasjon, en: Less time on
 * documentation}}). On a list, every item may be given either way.
 *
 * <p>A {@link Contract} holds one edition's text: the reader picks each value's text in the
 * edition's language, and refuses an edition in a language a value lacks. Names, numbers,
 * addresses and ids are the same in every language and are not translatable.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Translatable {
    /**
     * Whether a plain string serves every edition, as an address does: it may still be given per
     * language where the parties want it to differ.
     */
    boolean plainIsShared() default false;
}
