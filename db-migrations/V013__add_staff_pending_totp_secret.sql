-- Two-step sign-in set-up (help desk, "My account"): the secret shown as a QR code waits here until the staff
-- member types a code from their app. Kept on the server so that a secret is never taken from the browser.

ALTER TABLE staff_account
    ADD COLUMN pending_totp_secret varchar(64);
COMMENT ON COLUMN staff_account.pending_totp_secret IS 'Secret: the base32 key shown for two-step set-up, until a code from the app confirms it and it becomes totp_secret.';
