package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** How the suppliers of a consortium answer for the consortium's obligations. */
@JsonClassDescription("How the suppliers of a consortium answer for its obligations: jointAndSeveral, several or baseAgreement.")
public enum ConsortiumLiability {
    /** Each supplier answers for the whole (solidarisk ansvar). */
    jointAndSeveral,
    /** Each supplier answers only for its own part (delt ansvar). */
    several,
    /** As the base agreement provides; the Agreement adds nothing. */
    baseAgreement
}
