-- A pending sign-in remembers the person its details matched (so that a help-desk code reaches a resident whose
-- self-service requests were refused), a keyed hash of the details typed (name, date of birth and contact together, so
-- that "Send a new code" counts against the same limit), and until when those details are paused.

ALTER TABLE sign_in_challenge
    ADD COLUMN person_id    bigint,
    ADD COLUMN details_key  varchar(64),
    ADD COLUMN paused_until timestamptz,
    ADD CONSTRAINT sign_in_challenge_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;
CREATE INDEX sign_in_challenge_person_id_idx ON sign_in_challenge (person_id);
COMMENT ON COLUMN sign_in_challenge.person_id IS 'The one person the details matched, whether or not a code was sent.';
COMMENT ON COLUMN sign_in_challenge.details_key IS 'Keyed hash of the name, date of birth and contact typed, for the limit per details typed.';
COMMENT ON COLUMN sign_in_challenge.paused_until IS 'When the limit per typed details refused this sign-in: the end of its counting window.';
COMMENT ON TABLE rate_limit_counter IS 'Sign-in requests per IP address, per details typed, and per person matched; codes per contact sent to; help-desk codes per agent and per person; in fixed windows; keys are keyed hashes.';
