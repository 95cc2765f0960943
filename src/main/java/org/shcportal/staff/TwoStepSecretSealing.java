package org.shcportal.staff;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.shcportal.database.DatabaseAvailability.SchemaReady;

/**
 * Encrypts the authenticator secrets stored in clear by earlier versions of the portal, at start and with each
 * housekeeping sweep (for a value an older replica still writes during an upgrade). SQL cannot do it: the key is
 * derived from the rid secret, which the database never sees. Until then a clear value still works.
 */
@ApplicationScoped
public class TwoStepSecretSealing {

    private static final Logger LOG = Logger.getLogger(TwoStepSecretSealing.class);

    @Inject
    TwoStepSecrets secrets;

    void onSchemaReady(@Observes SchemaReady event) {
        sealClearSecrets();
    }

    /** Encrypts every secret stored in clear; the rows are locked so that no sign-in's change is lost. */
    @Transactional
    void sealClearSecrets() {
        List<StaffAccount> accounts = StaffAccount.withClearTwoStepSecrets(TwoStepSecrets.PREFIX)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (StaffAccount account : accounts) {
            if (account.totpSecret != null && !TwoStepSecrets.isSealed(account.totpSecret)) {
                account.totpSecret = secrets.seal(account.id, account.totpSecret);
            }
            if (account.pendingTotpSecret != null && !TwoStepSecrets.isSealed(account.pendingTotpSecret)) {
                account.pendingTotpSecret = secrets.seal(account.id, account.pendingTotpSecret);
            }
        }
        if (!accounts.isEmpty()) {
            LOG.infof("Encrypted the two-step secrets of %d staff account(s) stored in clear", accounts.size());
        }
    }
}
