package org.shcportal.outbox;

/** Hands a text message to an SMS provider. Chosen by {@code portal.sms.gateway} (see {@link SmsGateways}). */
public interface SmsGateway {

    /**
     * Sends one SMS, or throws.
     *
     * @param messageId the outbox row, the only thing about the message an implementation may log
     * @param e164Recipient the phone number in E.164, e.g. +15055550123
     * @param body the text
     * @throws SmsDeliveryException when the provider did not take the message
     */
    void send(long messageId, String e164Recipient, String body) throws SmsDeliveryException;
}
