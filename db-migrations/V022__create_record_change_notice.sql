-- The "your record changed" notice (docs/architecture.md, package account): a resident who has signed in before is
-- told, at most once a calendar day in the registry's time zone, that a registry feed message changed what their
-- cards (or a linked child's) would contain, unless they turned the notice off on their account page.

CREATE TABLE record_fingerprint (
    person_id     bigint       NOT NULL,
    data_version  varchar(64)  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT record_fingerprint_pkey PRIMARY KEY (person_id),
    CONSTRAINT record_fingerprint_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
COMMENT ON TABLE record_fingerprint IS 'What a person''s cards would contain after the last feed message about them, as the SHA-256 issued_card.data_version uses; no personal data.';

CREATE TABLE record_change_notice (
    person_id    bigint       NOT NULL,
    notice_day   date         NOT NULL,
    queued_at    timestamptz  NOT NULL,
    CONSTRAINT record_change_notice_pkey PRIMARY KEY (person_id, notice_day),
    CONSTRAINT record_change_notice_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
COMMENT ON TABLE record_change_notice IS 'One row per resident and day (registry time zone) a "your record changed" notice was queued: the primary key lets every replica queue at most one a day.';

CREATE TABLE account_setting (
    person_id              bigint   NOT NULL,
    record_change_notices  boolean  NOT NULL,
    CONSTRAINT account_setting_pkey PRIMARY KEY (person_id),
    CONSTRAINT account_setting_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
COMMENT ON TABLE account_setting IS 'A resident''s choices on their account page; no row means the defaults (notices on).';

-- The console's feed page counts the last 24 hours' messages by when they were received.
CREATE INDEX feed_message_received_at_idx ON feed_message (received_at);
