package org.shcportal.healthlinks;

import java.security.GeneralSecurityException;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Link passcodes as stored: bcrypt in modular crypt format ({@code $2a$12$…}), salted and slow, so that a copy of the
 * database does not give the passcodes away; the check compares in constant time (Elytron's {@code verify}).
 */
final class Passcodes {

    /** Cost 12, about a quarter of a second per check; OWASP's Password Storage Cheat Sheet suggests at least 10. */
    private static final int COST = 12;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    private Passcodes() {
    }

    static String hash(String passcode) {
        return BcryptUtil.bcryptHash(passcode, COST);
    }

    static boolean matches(String passcode, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, passcode.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A link's passcode hash cannot be checked with bcrypt", e);
        }
    }
}
