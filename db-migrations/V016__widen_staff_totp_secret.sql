-- Authenticator secrets are kept encrypted (AES-256-GCM, NIST SP 800-38D): a sealed value is "v1:" and base64 of a
-- 12-byte IV, the 32-character base32 secret encrypted and a 16-byte tag, 83 characters. The portal seals the
-- secrets stored in clear before at start (SQL cannot: the key is derived from the rid secret, outside the database).

ALTER TABLE staff_account
    ALTER COLUMN totp_secret TYPE varchar(128),
    ALTER COLUMN pending_totp_secret TYPE varchar(128);
COMMENT ON COLUMN staff_account.totp_secret IS 'Secret, encrypted: the key of the account''s authenticator app (RFC 6238), AES-256-GCM under a key derived from the rid secret, when two-step sign-in is on.';
COMMENT ON COLUMN staff_account.pending_totp_secret IS 'Secret, encrypted as totp_secret: the key shown for two-step set-up, until a code from the app confirms it and it becomes totp_secret.';
