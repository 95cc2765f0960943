package org.shcportal.feed;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashes of feed senders' passwords, in modular crypt format ({@code $2a$12$…}), as staff passwords are kept. */
final class FeedSenderPasswords {

    /** Cost 12: about a quarter of a second per check, OWASP's Password Storage Cheat Sheet's suggested minimum is 10. */
    private static final int COST = 12;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Checked when the username is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String UNKNOWN_SENDER_HASH = hash("no sender has this password");

    private FeedSenderPasswords() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException e) {
            throw new IllegalStateException("A stored feed sender password hash is not bcrypt", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Spends the time of a check without a sender. */
    static void checkAgainstNothing(String password) {
        matches(password, UNKNOWN_SENDER_HASH);
    }
}
