-- Sign-in rate limits count per IP address, per person matched and per contact a code goes to (SignInService): the
-- pending sign-in no longer keeps hashes of the name and contact typed.

ALTER TABLE sign_in_challenge
    DROP COLUMN identity_hash,
    DROP COLUMN contact_hash;
COMMENT ON TABLE rate_limit_counter IS 'Sign-in requests per IP address and per person matched, and codes per contact sent to, in fixed windows; keys are keyed hashes.';
