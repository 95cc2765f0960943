package org.shcportal.cards;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.nimbusds.jose.JWSHeader;

/**
 * A card's JWS payload: raw DEFLATE (RFC 1951, without the zlib header), which the header announces as
 * {@code "zip": "DEF"} (SMART Health Cards specification, "Health Cards are Compact",
 * https://spec.smarthealth.cards/#health-cards-are-compact).
 */
public final class DeflatedPayload {

    /** The JWS header parameter that names the payload's compression. */
    static final String ZIP = "zip";
    /** Its value for raw DEFLATE, the only compression the spec allows. */
    static final String DEFLATE = "DEF";

    private DeflatedPayload() {
    }

    /** Whether the header says the payload is raw DEFLATE. */
    public static boolean isDeflated(JWSHeader header) {
        return DEFLATE.equals(header.getCustomParam(ZIP));
    }

    /**
     * The payload inflated.
     *
     * @param maxBytes where to stop: a payload from anyone can be a decompression bomb
     * @throws DataFormatException when the payload is no complete raw-DEFLATE stream or inflates beyond
     *         {@code maxBytes}
     */
    public static byte[] inflate(byte[] deflated, int maxBytes) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated raw DEFLATE stream");
                }
                if ((long) out.size() + count > maxBytes) {
                    throw new DataFormatException("inflates beyond the limit");
                }
                out.write(buffer, 0, count);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
