package org.shcportal.feed;

import java.util.List;

/**
 * A feed message was answered: what a counter needs and nothing of the message's content.
 *
 * @param sender the submitter (MSH-4, else MSH-3), empty when the message had none
 * @param outcome MSA-1 of the answer: AA, AE or AR
 * @param errorCodes the HL7 table 0357 code of each problem, in the order of the ERR segments
 * @param nanos the time from receipt to answer
 */
public record MessageAnswered(String sender, String outcome, List<String> errorCodes, long nanos) {
}
