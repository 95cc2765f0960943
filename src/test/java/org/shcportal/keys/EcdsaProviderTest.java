package org.shcportal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import org.conscrypt.Conscrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class EcdsaProviderTest {

    /** The JDK's standard provider of ECDSA (JCA Standard Algorithm Names: SHA256withECDSA, curve secp256r1). */
    private static final Provider JDK = Security.getProvider("SunEC");
    private static final byte[] SIGNED = "header.payload".getBytes(StandardCharsets.US_ASCII);

    /** conscrypt-openjdk-uber carries BoringSSL for linux-x86_64, so here it must load and be the one chosen. */
    @Test
    @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
    void onLinuxAmd64ConscryptLoadsAndIsChosen() {
        assertThat(Conscrypt.isAvailable()).isTrue();
        assertThat(EcdsaProvider.name()).isEqualTo("Conscrypt");
        assertThat(EcdsaProvider.get().getName()).isEqualTo("Conscrypt");
    }

    @Test
    void aSignatureOfTheChosenProviderVerifiesWithTheJdksAndTheOtherWayRound() throws GeneralSecurityException {
        KeyPair key = p256();

        byte[] byChosen = sign(EcdsaProvider.get(), key);
        byte[] byJdk = sign(JDK, key);

        assertThat(verify(JDK, key, byChosen)).as("the JDK verifies the chosen provider's signature").isTrue();
        assertThat(verify(EcdsaProvider.get(), key, byJdk)).as("the chosen provider verifies the JDK's").isTrue();
        assertThat(verify(JDK, p256(), byChosen)).as("another key does not verify").isFalse();
    }

    @Test
    void choosesOnce() {
        assertThat(EcdsaProvider.get()).isSameAs(EcdsaProvider.get());
    }

    private static KeyPair p256() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", JDK);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static byte[] sign(Provider provider, KeyPair key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA", provider);
        signature.initSign(key.getPrivate());
        signature.update(SIGNED);
        return signature.sign();
    }

    private static boolean verify(Provider provider, KeyPair key, byte[] signed) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA", provider);
        signature.initVerify(key.getPublic());
        signature.update(SIGNED);
        return signature.verify(signed);
    }
}
