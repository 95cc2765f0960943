package org.shcportal.staff;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * bcrypt hashes of the passwords of staff and of the registry feed's senders, in modular crypt format
 * ({@code $2a$12$…}), as quarkus-security-jpa stores them.
 */
public final class PasswordHashes {

    /** Cost 12: about a quarter of a second per check, OWASP's Password Storage Cheat Sheet's suggested minimum is 10. */
    private static final int COST = 12;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Checked when the username is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String UNKNOWN_ACCOUNT_HASH = hash("no account has this password");

    private PasswordHashes() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException e) {
            throw new IllegalStateException("A stored password hash is not bcrypt", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Spends the time of a check without an account. */
    public static void checkAgainstNothing(String password) {
        matches(password, UNKNOWN_ACCOUNT_HASH);
    }
}
