package org.shcportal.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.shcportal.qr.NumericQr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;

/**
 * "Save to Google Wallet" links for a card: {@code https://pay.google.com/gp/v/save/JWT},
 * the JWT signed RS256 with the registry's Google service-account key and carrying one Google Wallet
 * {@code genericObject} whose QR code holds the card's {@code shc:/} text. Google renders its own pass around that
 * code; verifiers scan the code as they scan the printed one.
 * <p>
 * Which pass type: Google documents no way to import a SMART Health Card. Its COVID card ({@code covidCardObjects})
 * and generic private pass types are for health data but are given only to approved issuers, whose documentation
 * Google shares after approval; the portal uses a generic pass, which needs only an issuer account and a class
 * created once in the Google Pay &amp; Wallet Console. Switching to an approved type means changing
 * {@link #genericObject} and the payload key.
 * <p>
 * The claims follow Google's JWT reference: {@code iss} the service account's address, {@code aud "google"},
 * {@code typ "savetogooglepay"} (the value the portal uses; Google also documents "savetowallet"), {@code iat},
 * {@code origins}. Plain Java: the configuration side is {@link GoogleWalletBeans}.
 */
public final class GoogleWalletPass {

    /** Where a signed JWT is opened; the JWT follows the slash. */
    public static final String SAVE_URL = "https://pay.google.com/gp/v/save/";
    static final String AUDIENCE = "google";
    static final String TYPE = "savetogooglepay";
    /** Google shows at most 10 text modules of an object. */
    static final int MAX_TEXT_MODULES = 10;
    /** Google's ids: issuer id, a dot, then letters, digits, '.', '_' or '-'. */
    private static final Pattern ID_PART = Pattern.compile("[A-Za-z0-9._-]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GoogleServiceAccountKey key;
    private final String issuerId;
    private final String classId;
    private final List<String> origins;
    private final Clock clock;
    private final RSASSASigner signer;

    /**
     * @param issuerId the registry's Google Wallet issuer id (from the console)
     * @param classSuffix the generic class the passes belong to, created once in the console as
     *        {@code ISSUER_ID.CLASS_SUFFIX}
     * @param origins the sites allowed to show the save button (the portal's own address)
     * @throws IllegalArgumentException when the issuer id or class suffix cannot be part of a Google id
     */
    public GoogleWalletPass(GoogleServiceAccountKey key, String issuerId, String classSuffix, List<String> origins,
            Clock clock) {
        if (!ID_PART.matcher(issuerId).matches() || issuerId.contains(".")) {
            throw new IllegalArgumentException("The Google Wallet issuer id must be letters and digits only.");
        }
        if (!ID_PART.matcher(classSuffix).matches()) {
            throw new IllegalArgumentException(
                    "The Google Wallet class suffix may hold only letters, digits, '.', '_' and '-'.");
        }
        this.key = key;
        this.issuerId = issuerId;
        this.classId = issuerId + "." + classSuffix;
        this.origins = List.copyOf(origins);
        this.clock = clock;
        this.signer = new RSASSASigner(key.privateKey());
    }

    /** The link a resident opens on their Android phone to save the pass. */
    public String saveUrl(Pass pass) {
        return SAVE_URL + jwt(pass);
    }

    /** The signed JWT of the pass. */
    public String jwt(Pass pass) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.privateKeyId())
                .type(JOSEObjectType.JWT).build();
        JWSObject jws;
        try {
            jws = new JWSObject(header, new Payload(MAPPER.writeValueAsBytes(claims(pass))));
            jws.sign(signer);
        } catch (JsonProcessingException | JOSEException e) {
            throw new IllegalStateException("Signing the Google Wallet pass failed (" + e.getClass().getSimpleName()
                    + ").", e);
        }
        return jws.serialize();
    }

    /**
     * The pass's object id: the issuer id, then a hash of the QR text. The same card gives the same id, so saving it
     * twice does not make two passes; a new card gives a new one. The hash reveals nothing about the person.
     */
    public String objectId(String shcText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shcText.getBytes(StandardCharsets.US_ASCII));
            return issuerId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String classId() {
        return classId;
    }

    ObjectNode claims(Pass pass) {
        ObjectNode claims = MAPPER.createObjectNode();
        claims.put("iss", key.clientEmail());
        claims.put("aud", AUDIENCE);
        claims.put("typ", TYPE);
        claims.put("iat", clock.instant().getEpochSecond());
        ArrayNode allowed = claims.putArray("origins");
        origins.forEach(allowed::add);
        claims.putObject("payload").putArray("genericObjects").add(genericObject(pass));
        return claims;
    }

    /**
     * The pass: the registry's name in the top row, the card's title above the person's name, the date of birth and
     * one text module per row (the last ones when there are more than Google shows), and the QR code.
     */
    ObjectNode genericObject(Pass pass) {
        String language = pass.locale().toLanguageTag();
        ObjectNode object = MAPPER.createObjectNode();
        object.put("id", objectId(pass.shcText()));
        object.put("classId", classId);
        object.put("state", "ACTIVE");
        object.set("cardTitle", localized(pass.issuerName(), language));
        object.set("subheader", localized(pass.title(), language));
        object.set("header", localized(pass.holderName(), language));
        ArrayNode modules = object.putArray("textModulesData");
        modules.add(module("birth-date", pass.birthDateLabel(), pass.birthDate().toString()));
        List<Row> rows = pass.rows();
        int first = Math.max(0, rows.size() - (MAX_TEXT_MODULES - 1));
        for (int i = first; i < rows.size(); i++) {
            modules.add(module("row-" + (i + 1), rows.get(i).header(), rows.get(i).body()));
        }
        ObjectNode barcode = object.putObject("barcode");
        barcode.put("type", "QR_CODE");
        barcode.put("value", pass.shcText());
        return object;
    }

    private static ObjectNode localized(String value, String language) {
        ObjectNode text = MAPPER.createObjectNode();
        ObjectNode defaultValue = text.putObject("defaultValue");
        defaultValue.put("language", language);
        defaultValue.put("value", value);
        return text;
    }

    private static ObjectNode module(String id, String header, String body) {
        ObjectNode module = MAPPER.createObjectNode();
        module.put("id", id);
        module.put("header", header);
        module.put("body", body);
        return module;
    }

    /**
     * What one pass shows, in the page's language.
     *
     * @param shcText the card's QR text; a card that fits one QR code only, as the pass shows one code
     * @param issuerName the registry's name, the pass's top row
     * @param title what the card is, e.g. "COVID-19 vaccination"
     * @param holderName the person's name as the card carries it
     * @param birthDate shown as {@code yyyy-MM-dd}, the way the card carries it
     * @param rows one per dose or result: e.g. the vaccine, then its date, lot and place
     */
    public record Pass(String shcText, String issuerName, String title, String holderName, String birthDateLabel,
            LocalDate birthDate, List<Row> rows, Locale locale) {

        /** @throws IllegalArgumentException for a chunk of a card split across several QR codes, or no QR text */
        public Pass {
            if (!NumericQr.isSingleCode(shcText)) {
                throw new IllegalArgumentException("A Google Wallet pass shows one QR code: it needs the text of a card"
                        + " that fits one (shc:/ and digits), not a chunk shc:/C/N/….");
            }
            rows = List.copyOf(rows);
        }
    }

    /** One text module: a heading and its text. */
    public record Row(String header, String body) {
    }
}
