-- The registry feed takes lab results (HL7 v2.5.1 ORU^R01, ELR 2.5.1 R1) and merges of duplicate persons
-- (HL7 v2.5.1 ADT^A40). A lab result is known by its sender and the sender's id for it (ORC-3, filler order
-- number), so that a correction (OBX-11 C) or a retraction (OBX-11 W) finds it. A merged (retired) person keeps its
-- row and registry id, pointing at the person it was merged into, so that a later message naming the retired id
-- lands on the survivor.

ALTER TABLE lab_result ADD COLUMN source_id varchar(200);
CREATE UNIQUE INDEX lab_result_source_system_source_id_key ON lab_result (source_system, source_id)
    WHERE source_id IS NOT NULL;
COMMENT ON COLUMN lab_result.source_id IS 'The sending system''s id of the result (HL7 ORC-3, entity identifier^namespace), when the feed sent one.';

ALTER TABLE person ADD COLUMN merged_into bigint;
ALTER TABLE person ADD CONSTRAINT person_merged_into_fkey FOREIGN KEY (merged_into) REFERENCES person (id);
ALTER TABLE person ADD CONSTRAINT person_merged_into_check CHECK (merged_into <> id);
CREATE INDEX person_merged_into_idx ON person (merged_into) WHERE merged_into IS NOT NULL;
COMMENT ON COLUMN person.merged_into IS 'The person this duplicate record was merged into (HL7 ADT^A40); its registry id stays an alias of that person.';
