package org.shcportal.revocation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the help desk's page that revokes and reissues a person's cards, in English. Templates use them as
 * {@code revocation:key}; Java takes them from {@code MessageBundles.get(RevocationMessages.class)}. Keys are
 * {@code <feature>_<view>_<key>} as in {@code HelpdeskMessages}, which holds the texts the help-desk pages share.
 */
@MessageBundle("revocation")
public interface RevocationMessages {

    @Message("Revoke and reissue cards")
    String revoke_confirm_title();

    @Message("Nothing was revoked")
    String revoke_error_summary();

    @Message("What will happen")
    String revoke_confirm_what();

    @Message("Every card of this person issued until now stops being valid: the public revocation list gets a new entry and a new version at once, and verifiers that check it reject the old cards, on paper, in files and in wallet apps.")
    String revoke_confirm_invalid();

    @Message("New cards are issued at the same moment and are in the portal right away.")
    String revoke_confirm_new_cards();

    @Message("The person can be sent the new cards below. This cannot be undone.")
    String revoke_confirm_final();

    @Message("What happened?")
    String revoke_confirm_why();

    @Message("The person sees this reason in their access history.")
    String revoke_confirm_why_hint();

    @Message("Why are the cards revoked?")
    String revoke_confirm_note();

    @Message("Needed, up to 500 characters: for example a lost phone, or a card shared by mistake.")
    String revoke_confirm_note_hint();

    @Message("Send the new cards")
    String revoke_confirm_delivery();

    @Message("Do not send them: the person gets them in the portal")
    String revoke_confirm_delivery_none();

    @Message("Email them to the address chosen below")
    String revoke_confirm_delivery_email();

    @Message("Mail printed cards to the address on file in {town}")
    String revoke_confirm_delivery_mail(String town);

    @Message("Email address on file")
    String revoke_confirm_email();

    @Message("Revoke and reissue the cards")
    String revoke_confirm_submit();

    @Message("Choose what happened.")
    String revoke_error_why();

    @Message("Say why the cards are revoked.")
    String revoke_error_note_missing();

    @Message("Keep the note to {max} characters.")
    String revoke_error_note_too_long(int max);
}
