package no.samspill.internal.templates;

import java.util.ArrayList;
import java.util.List;
import no.samspill.model.Contract;
import no.samspill.model.DisputeResolution;
import no.samspill.model.Governance;
import no.samspill.model.Venue;

/**
 * {@code baseChanges} in templates: the choices of a description that depart from, or add to,
 * the base agreement's general text, each of which Part III states as a numbered amendment to be
 * entered in the base agreement's changes appendix. The SSA's own wording on these points is not
 * verified here, so a choice is always stated as an amendment rather than left to a condition
 * ("if this differs from the general text..."), which a lawyer cannot sign. The order follows the
 * usual order of the SSA chapters: interpretation, termination, price, breach, disputes.
 */
final class BaseAgreementChanges {

    /** The principles are entered as a rule for interpreting the base agreement itself. */
    static final String INTERPRETATION = "interpretation";
    /** The notice period before a party ends the relationship without breach. */
    static final String NOTICE = "notice";
    /** The incentives, which add to the price provisions and limit the stacking of sanctions. */
    static final String INCENTIVES = "incentives";
    /**
     * Failing to warn, or to perform the Agreement's own obligations, may be weighed when SSA
     * claims for time, money or damages are assessed: always, since every contract has the duty to warn.
     */
    static final String CLAIMS = "claims";
    /** Mediation with the Agreement's rules on appointment, time and costs. */
    static final String MEDIATION = "mediation";
    /** The courts with an agreed venue, or arbitration with a seat. */
    static final String DISPUTES = "disputes";

    private BaseAgreementChanges() {}

    static List<String> of(Contract contract) {
        List<String> changes = new ArrayList<>();
        if (Boolean.TRUE.equals(contract.contract().baseAgreement().principlesAmendment())) {
            changes.add(INTERPRETATION);
        }
        Governance governance = contract.governance();
        if (governance.exit() != null && governance.exit().noticeMonths() != null) {
            changes.add(NOTICE);
        }
        if (!contract.incentives().isEmpty()) {
            changes.add(INCENTIVES);
        }
        changes.add(CLAIMS);
        DisputeResolution disputes = governance.disputeResolution();
        if (disputes != null && Boolean.TRUE.equals(disputes.mediation())) {
            changes.add(MEDIATION);
        }
        // Courts without a place leave the base agreement's own venue in force: nothing to amend.
        if (disputes != null && (disputes.venue() == Venue.arbitration
                || disputes.venue() == Venue.courts && disputes.place() != null)) {
            changes.add(DISPUTES);
        }
        return List.copyOf(changes);
    }
}
