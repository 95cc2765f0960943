package org.shcportal.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/** Fresh keys for the tests. */
final class TestKeys {

    private TestKeys() {
    }

    static ECKey newP256() {
        return generate(Curve.P_256);
    }

    static ECKey generate(Curve curve) {
        try {
            return new ECKeyGenerator(curve).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
