package no.samspill.model;

/** The kind of incentive. */
public enum IncentiveType {
    bonus,
    malus,
    gainshare
}
