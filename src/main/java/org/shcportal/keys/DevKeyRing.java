package org.shcportal.keys;

import java.nio.file.Path;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The key ring of a developer's machine: the first run generates one P-256 key into the directory, as
 * {@code <kid>.jwk} readable by the owner only, and later runs reuse it. Never for production, whose keys are
 * made and kept by the operators.
 */
public final class DevKeyRing {

    private DevKeyRing() {
    }

    public static KeyRing loadOrCreate(Path directory) {
        if (KeyFile.in(directory).isEmpty()) {
            ECKey key = newKey();
            SecretFile.create(directory.resolve(key.getKeyID() + ".jwk"), key.toJSONString());
        }
        return KeyRing.load(directory);
    }

    private static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyIDFromThumbprint(true)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the JDK cannot generate a P-256 key", e);
        }
    }
}
