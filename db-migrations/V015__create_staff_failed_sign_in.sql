-- Failed help-desk sign-ins in a row, counted per username typed (a keyed hash of it), whether or not an account
-- has that name: an unknown name waits and locks exactly as a real one does, so the answers tell no name apart.
-- Each failure after the first few makes the next attempt wait, from 30 seconds up to an hour, and 100 in a row
-- lock the name until an admin unlocks it (NIST SP 800-63B §5.2.2, rate limiting). The counts and the lock that
-- staff_account kept per account move here; a lock running when this is applied is lifted.

CREATE TABLE staff_failed_sign_in (
    username_hash   varchar(64)  NOT NULL,
    failures        integer      NOT NULL,
    last_failed_at  timestamptz,
    wait_until      timestamptz,
    CONSTRAINT staff_failed_sign_in_pkey PRIMARY KEY (username_hash),
    CONSTRAINT staff_failed_sign_in_failures_check CHECK (failures >= 0)
);
COMMENT ON TABLE staff_failed_sign_in IS 'Failed help-desk sign-ins in a row per username typed, known or not; a successful sign-in or an admin''s unlock deletes the row.';
COMMENT ON COLUMN staff_failed_sign_in.username_hash IS 'HMAC-SHA-256 (hex) of the lower-case username, keyed from the rid secret; no typed name is stored.';
COMMENT ON COLUMN staff_failed_sign_in.wait_until IS 'No password is checked for this username before this time.';

ALTER TABLE staff_account
    DROP COLUMN failed_sign_ins,
    DROP COLUMN locked_until;
