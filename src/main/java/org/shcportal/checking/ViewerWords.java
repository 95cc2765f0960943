package org.shcportal.checking;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.shcportal.records.RecordWording;
import org.shcportal.registry.LabTests;
import org.shcportal.registry.VaccineCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every word the link viewer's script shows, in the page's language, as one JSON object the page carries in a data
 * attribute: the script holds no text of its own. Messages that take a value come with a placeholder in braces
 * ({@code {date}}, {@code {iss}}) that the script fills in. Vaccines, tests and results are worded as the records
 * word them ({@link RecordWording}), so a card reads the same here as on "check a card". Reads the vaccine table, so
 * it runs inside a transaction.
 */
final class ViewerWords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Locale locale;
    private final CheckMessages messages;
    private final RecordWording wording;
    private final String registry;

    /** @param registry the registry's name, the issuer of our cards */
    ViewerWords(Locale locale, String registry) {
        this.locale = locale;
        this.messages = CheckPageBuilder.messages(locale);
        this.wording = new RecordWording(locale);
        this.registry = registry;
    }

    /** The words as JSON: {@code text} (messages by name), {@code vaccines}, {@code tests}, {@code results}. */
    String json() {
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("text", texts());
        words.put("vaccines", vaccines());
        words.put("tests", tests());
        words.put("results", results());
        try {
            return MAPPER.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("words cannot be written as JSON", e);
        }
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        verdicts(text);
        contents(text);
        link(text);
        errors(text);
        // The records' wording of what is not in the tables, with the code left to fill in.
        text.put("vaccine_unknown", wording.vaccine("{code}"));
        text.put("test_unknown", wording.test("{code}"));
        text.put("result_unknown", wording.labResult(LabTests.SNOMED, "{code}", "", "final"));
        text.put("result_corrected", wording.labResult("", "", "{result}", "amended"));
        return text;
    }

    private void verdicts(Map<String, String> text) {
        text.put("heading_valid", messages.heading_valid());
        text.put("heading_invalid", messages.heading_invalid());
        text.put("heading_foreign", messages.heading_foreign());
        text.put("summary_VALID", messages.summary_valid(registry));
        text.put("summary_REVOKED", messages.summary_revoked(registry));
        text.put("summary_EXPIRED", messages.summary_expired("{date}"));
        text.put("summary_NOT_YET_VALID", messages.summary_not_yet_valid());
        text.put("summary_SIGNATURE_INVALID", messages.summary_signature_invalid());
        text.put("summary_UNKNOWN_KEY", messages.summary_unknown_key(registry));
        text.put("summary_MALFORMED", messages.summary_malformed());
        text.put("summary_OTHER_ISSUER", messages.summary_foreign("{iss}"));
        text.put("fact_issuer", messages.fact_issuer());
        text.put("fact_signature", messages.fact_signature());
        text.put("fact_revocation", messages.fact_revocation());
        text.put("fact_expiry", messages.fact_expiry());
        text.put("fact_issued", messages.fact_issued());
        text.put("issuer_ours", messages.issuer_ours(registry, "{iss}"));
        text.put("issuer_other", messages.issuer_other("{iss}"));
        text.put("signature_valid", messages.signature_valid());
        text.put("signature_invalid", messages.signature_invalid());
        text.put("signature_unknown_key", messages.signature_unknown_key());
        text.put("signature_malformed", messages.signature_malformed());
        text.put("not_checked", messages.not_checked());
        text.put("revocation_no", messages.revocation_no());
        text.put("revocation_yes", messages.revocation_yes());
        text.put("expiry_none", messages.expiry_none());
        text.put("expiry_on", messages.expiry_on("{date}"));
        text.put("expired_on", messages.expired_on("{date}"));
        text.put("as_the_card_says", messages.as_the_card_says("{value}"));
    }

    private void contents(Map<String, String> text) {
        text.put("contents_verified", messages.contents_verified());
        text.put("contents_unverified", messages.contents_unverified());
        text.put("contents_unreadable", messages.contents_unreadable());
        text.put("contents_empty", messages.contents_empty());
        text.put("label_name", messages.label_name());
        text.put("label_birth_date", messages.label_birth_date());
        text.put("vaccines_heading", messages.vaccines_heading());
        text.put("labs_heading", messages.labs_heading());
        text.put("col_vaccine", messages.col_vaccine());
        text.put("col_date", messages.col_date());
        text.put("col_lot", messages.col_lot());
        text.put("col_performer", messages.col_performer());
        text.put("col_test", messages.col_test());
        text.put("col_result", messages.col_result());
        text.put("col_lab", messages.col_lab());
        text.put("code_other", messages.code_other("{code}", "{system}"));
        text.put("not_in_card", messages.not_in_card());
        text.put("card_of", messages.shl_card_of("{number}", "{count}"));
        text.put("unsigned_heading", messages.shl_unsigned_heading());
        text.put("unsigned_summary", messages.shl_unsigned_summary("{host}"));
        text.put("other_file", messages.shl_other_file("{type}"));
        text.put("no_files", messages.shl_no_files());
    }

    private void link(Map<String, String> text) {
        text.put("link_heading", messages.shl_link_heading());
        text.put("label", messages.shl_label());
        text.put("expiry", messages.shl_expiry());
        text.put("no_expiry", messages.shl_no_expiry());
        text.put("expired", messages.shl_expired("{date}"));
        text.put("recipient_label", messages.shl_recipient_label());
        text.put("recipient_hint", messages.shl_recipient_hint());
        text.put("recipient_missing", messages.shl_recipient_missing());
        text.put("passcode_label", messages.shl_passcode_label());
        text.put("passcode_hint", messages.shl_passcode_hint());
        text.put("passcode_missing", messages.shl_passcode_missing());
        text.put("open", messages.shl_open());
        text.put("status_opening", messages.shl_status_opening());
        text.put("status_done", messages.shl_status_done());
        text.put("error_summary", messages.error_summary());
        text.put("error_prefix", messages.error_prefix());
    }

    private void errors(Map<String, String> text) {
        text.put("error_not-a-link", messages.shl_error_not_a_link());
        text.put("error_malformed", messages.shl_error_malformed());
        text.put("error_key", messages.shl_error_key());
        text.put("error_flag", messages.shl_error_flag());
        text.put("error_direct-with-passcode", messages.shl_error_direct_with_passcode());
        text.put("error_other-host", messages.shl_error_other_host("{host}", registry));
        text.put("error_passcode_one", messages.shl_error_passcode_one());
        text.put("error_passcode_many", messages.shl_error_passcode_many("{remaining}"));
        text.put("error_gone", messages.shl_error_gone());
        text.put("error_too-many", messages.shl_error_too_many());
        text.put("error_refused", messages.shl_error_refused("{status}"));
        text.put("error_network", messages.shl_error_network());
        text.put("error_file", messages.shl_error_file());
        text.put("error_keys", messages.shl_error_keys());
    }

    /** Every vaccine of the CVX table by its code, named as the records name it. */
    private Map<String, String> vaccines() {
        Map<String, String> names = new LinkedHashMap<>();
        VaccineCode.<VaccineCode> listAll().forEach(code -> names.put(code.cvx, code.name(locale)));
        return names;
    }

    private Map<String, String> tests() {
        Map<String, String> names = new LinkedHashMap<>();
        LabTests.knownTests().stream().sorted().forEach(loinc -> names.put(loinc, wording.test(loinc)));
        return names;
    }

    private Map<String, String> results() {
        Map<String, String> words = new LinkedHashMap<>();
        for (LabTests.Result result : LabTests.Result.values()) {
            words.put(result.snomed(), wording.labResult(LabTests.SNOMED, result.snomed(), "", "final"));
        }
        return words;
    }
}
