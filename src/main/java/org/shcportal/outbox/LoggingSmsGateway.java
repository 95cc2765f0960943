package org.shcportal.outbox;

import org.jboss.logging.Logger;

/**
 * The demo and development gateway: sends nothing, and logs only that a message was handed over (the dev outbox
 * page shows its text).
 */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(long messageId, String e164Recipient, String body) {
        LOG.infof("SMS %d handed to the logging gateway; nothing was sent", messageId);
    }
}
