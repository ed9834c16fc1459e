package no.samspill.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/** The kind of incentive. */
@JsonClassDescription("The kind of incentive: bonus (a reward), malus (a deduction) or gainshare (the parties share a gain).")
public enum IncentiveType {
    bonus,
    malus,
    gainshare
}
