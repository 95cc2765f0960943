package org.shcportal.feed;

import java.util.List;

/**
 * What became of one feed message.
 *
 * @param sender the submitter (MSH-4, else MSH-3), empty when the message had none
 * @param controlId the message's MSH-10, empty when it had none
 * @param outcome MSA-1 of the answer
 * @param problems each problem as {@link FeedProblem#summary()}, in the order of the ERR segments
 * @param ack the ACK^V04 text, segments ended by CR
 */
record Receipt(String sender, String controlId, Acknowledgement.Outcome outcome, List<String> problems, String ack) {

    /** Accepted and stored, with warnings. */
    public boolean acceptedWithWarnings() {
        return outcome == Acknowledgement.Outcome.AA && !problems.isEmpty();
    }

    /** Not stored (AE or AR). */
    public boolean rejected() {
        return outcome != Acknowledgement.Outcome.AA;
    }

    /** The first problem (location, code and severity), or empty. */
    public String firstProblem() {
        return problems.isEmpty() ? "" : problems.get(0);
    }
}
