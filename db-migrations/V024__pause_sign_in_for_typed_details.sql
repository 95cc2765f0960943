-- A pending sign-in remembers the person its details matched (so that a help-desk code reaches a resident whose
-- self-service requests were refused), keyed hashes of the contact and of the name and date of birth typed (so that
-- "Send a new code" counts against the same limits), and until when its details are paused.

ALTER TABLE sign_in_challenge
    ADD COLUMN person_id    bigint,
    ADD COLUMN contact_key  varchar(64),
    ADD COLUMN name_key     varchar(64),
    ADD COLUMN paused_until timestamptz,
    ADD CONSTRAINT sign_in_challenge_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE;
CREATE INDEX sign_in_challenge_person_id_idx ON sign_in_challenge (person_id);
COMMENT ON COLUMN sign_in_challenge.person_id IS 'The one person the details matched, whether or not a code was sent.';
COMMENT ON COLUMN sign_in_challenge.contact_key IS 'Keyed hash of the contact typed, for the limit per typed details.';
COMMENT ON COLUMN sign_in_challenge.name_key IS 'Keyed hash of the name and date of birth typed, for the limit per typed details.';
COMMENT ON COLUMN sign_in_challenge.paused_until IS 'When the limit per typed details refused this sign-in: the end of its counting window.';
COMMENT ON TABLE rate_limit_counter IS 'Sign-in requests per IP address, per contact and per name and date of birth typed, and per person matched; codes per contact sent to; help-desk codes per agent and per person; in fixed windows; keys are keyed hashes.';
