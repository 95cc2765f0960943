package org.shcportal.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of the staff-account pages: the help desk's sign-in, the admin's staff accounts, a staff member's own
 * account, the notices of changes to accounts that can approve, and the page a role without a permission gets. Help-desk pages
 * are in English only. Keys are
 * {@code <page>_<text>}, or {@code <text>} alone for wording several pages share.
 */
@MessageBundle("staff")
public interface StaffMessages {

    @Message("There is a problem")
    String error_summary();

    @Message("Sign in")
    String sign_in();

    @Message("Username")
    String username();

    @Message("Role")
    String role();

    @Message("Two-step sign-in")
    String two_step_sign_in();

    @Message("Turn on two-step sign-in")
    String turn_on_two_step();

    @Message("On")
    String on();

    @Message("Off")
    String off();

    @Message("New password")
    String new_password();

    @Message("New password for {username}")
    String new_password_for(String username);

    @Message("Back to staff accounts")
    String back_to_list();

    @Message("Help-desk sign-in")
    String signin_heading();

    @Message("Password")
    String signin_password();

    @Message("Code from your authenticator app")
    String signin_code();

    @Message("Only if you have set up two-step sign-in: the 6 digits the app shows now.")
    String signin_code_hint();

    @Message("Enter your username and password.")
    String signin_error_missing();

    @Message("The username, password or code is not right. Check them and try again.")
    String signin_error_wrong();

    @Message("Too many failed sign-ins with this username. Wait until {time} and try again, or ask an admin to unlock it.")
    String signin_error_wait(String time);

    @Message("This username is locked after too many failed sign-ins in a row. Ask an admin to unlock it.")
    String signin_error_locked();

    @Message("Too many failed sign-ins from this network. Try again in an hour, or ask an admin.")
    String signin_error_limited();

    @Message("Your help-desk session has ended. Sign in again to go on.")
    String signin_ended();

    @Message("Staff accounts")
    String list_title();

    @Message("Add an account")
    String list_add();

    @Message("Help-desk accounts, by username")
    String list_caption();

    @Message("Status")
    String list_status();

    @Message("Created")
    String list_created();

    @Message("Last sign-in")
    String list_last_sign_in();

    @Message("Actions")
    String list_actions();

    @Message("{username} (you)")
    String list_you(String username);

    @Message("{created} by {createdBy}")
    String list_created_by(String created, String createdBy);

    @Message("Active")
    String list_active();

    @Message("Disabled")
    String list_disabled();

    @Message("Waiting until {time} after {failures} failed sign-ins")
    String list_waiting_until(String time, int failures);

    @Message("Locked after {failures} failed sign-ins")
    String list_locked(int failures);

    @Message("Never")
    String list_never();

    @Message("Enable")
    String list_enable();

    @Message("Enable {username}")
    String list_enable_label(String username);

    @Message("Disable")
    String list_disable();

    @Message("Disable {username}")
    String list_disable_label(String username);

    @Message("Unlock")
    String list_unlock();

    @Message("Unlock {username}")
    String list_unlock_label(String username);

    @Message("Turn off two-step")
    String list_two_step_off_button();

    @Message("Turn off two-step sign-in of {username}")
    String list_two_step_off_label(String username);

    @Message("Disabling an account signs it out everywhere at once. Use “New password” for someone who forgot theirs, and “Turn off two-step” for someone who lost the phone with their authenticator app — check who is asking first.")
    String list_hint();

    @Message("{username} is disabled and signed out everywhere.")
    String list_done_disabled(String username);

    @Message("{username} can sign in again.")
    String list_done_enabled(String username);

    @Message("{username} is unlocked and can try signing in again.")
    String list_done_unlocked(String username);

    @Message("Two-step sign-in is off for {username}. They sign in with their password and can set it up again on My account.")
    String list_done_two_step_off(String username);

    @Message("Add a staff account")
    String form_title();

    @Message("The portal makes up the first password and shows it to you once, to pass on in person or by phone. The new colleague changes it on their My account page.")
    String form_lead();

    @Message("2 to 64 characters: lower-case letters, digits, dots, dashes or underscores.")
    String form_username_hint();

    @Message("Choose a role")
    String form_role_choose();

    @Message("Choose a role.")
    String form_error_role();

    @Message("Add the account")
    String form_submit();

    @Message("Account added")
    String password_added_title();

    @Message("Account {username} added")
    String password_added_heading(String username);

    @Message("Give {username} this password in person or by phone. It is shown only now: it is not stored anywhere readable and this page is not kept.")
    String password_lead(String username);

    @Message("{username} should change it on their My account page after signing in.")
    String password_change_it(String username);

    @Message("{username} should change it on their My account page after signing in; any browser signed in as {username} has been signed out.")
    String password_change_it_signed_out(String username);

    @Message("My account")
    String account_title();

    @Message("On: you sign in with your password and a code from your authenticator app.")
    String account_two_step_on();

    @Message("Change your password")
    String account_password_heading();

    @Message("Current password")
    String account_current_password();

    @Message("At least {minLength} characters; not a common password, your username or the registry's name. A few unrelated words are easy to remember and hard to guess.")
    String account_new_password_hint(int minLength);

    @Message("New password again")
    String account_new_password_again();

    @Message("Change password")
    String account_password_submit();

    @Message("A password of repeated or consecutive characters (such as aaaa or 1234abcd), or of one part repeated, is easy to guess. Choose another.")
    String password_error_repetitive();

    @Message("This password, or the word it is built on, is among the most common passwords, which are tried first. Choose another.")
    String password_error_common();

    @Message("A password made of your username or of words of this service (the registry's name, portal, health, vaccine…) with only digits or symbols around is easy to guess. Choose another.")
    String password_error_context();

    @Message("This is not your current password.")
    String account_error_current_wrong();

    @Message("Too many wrong passwords in a row. Wait until {time} and try again, or ask an admin to unlock your account.")
    String account_error_wait(String time);

    @Message("Your username is locked after too many wrong passwords in a row. Ask an admin to unlock it.")
    String account_error_locked();

    @Message("Two-step sign-in is on. From now on, sign in with your password and the code your app shows.")
    String account_done_two_step();

    @Message("Your password is changed. Any other browser signed in as you has been signed out.")
    String account_done_password();

    @Message("Two-step sign-in is already on for your account. If you lost the phone with your authenticator app, ask an admin to turn it off; then set it up again here.")
    String two_step_already_on();

    @Message("Back to my account")
    String two_step_back();

    @Message("With two-step sign-in, signing in needs your password and a code from an authenticator app on your phone, so a stolen password alone is not enough.")
    String two_step_lead();

    @Message("In your authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP), add an account and scan this code:")
    String two_step_scan();

    @Message("QR code for your authenticator app")
    String two_step_qr_alt();

    @Message("If you cannot scan it, choose to type a key instead and enter this one (time-based):")
    String two_step_type_key();

    @Message("Type the 6-digit code the app now shows for this account.")
    String two_step_type_code();

    @Message("Code from your app")
    String two_step_code();

    @Message("Not now")
    String two_step_not_now();

    @Message("Enter the 6 digits your app shows.")
    String two_step_error_missing();

    @Message("This is not the code your app shows now. Check that you scanned the code on this page, then try the newest code.")
    String two_step_error_wrong();

    @Message("Changes to accounts that can approve")
    String notice_heading();

    @Message("Approvals need two different people. If you do not know why one of these was done, tell your help-desk manager before you mark it seen.")
    String notice_lead();

    @Message("{by} created the account {username} ({role}), which can approve changes, on {time}.")
    String notice_created(String by, String username, String role, String time);

    @Message("{by} gave {username}, who can approve changes, a new password on {time}.")
    String notice_password_reset(String by, String username, String time);

    @Message("{by} turned off two-step sign-in of {username}, who can approve changes, on {time}.")
    String notice_two_step_off(String by, String username, String time);

    @Message("Seen")
    String notice_seen();

    @Message("Mark as seen: {text}")
    String notice_seen_label(String text);

    @Message("Not available to your role")
    String forbidden_title();

    @Message("Your help-desk role cannot do this. If a caller needs it, ask a supervisor.")
    String forbidden_lead();

    @Message("Back to the help desk")
    String forbidden_back();
}
