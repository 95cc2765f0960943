-- Authenticator codes are taken once: the time step of the last code accepted for the account (RFC 6238 §5.2: a
-- verifier must not accept a one-time password a second time after it was validated).

ALTER TABLE staff_account
    ADD COLUMN last_totp_step bigint;
COMMENT ON COLUMN staff_account.last_totp_step IS 'The RFC 6238 time step (30-second steps since 1970) of the last authenticator code accepted; codes of that step or earlier are refused.';
