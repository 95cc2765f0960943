-- A sender's id of a dose or a lab result (HL7 ORC-3) is an opaque identifier: it is matched, never sorted for a
-- reader. The "C" collation compares it byte by byte (PostgreSQL documentation 23.2 "Collation Support"), which keeps
-- equality as before and lets an index sort the ids by their first bytes ("abbreviated keys") instead of calling
-- the operating system's collation for every comparison. Leading with the id rather than the sender, which is the
-- same for most rows, gives that sort something to tell the rows apart by: on a registry of 19.3 million doses the
-- doses' unique index was built in 15 s instead of 39 s (docs/operations.md, "Replay and bulk load"). Lookups name
-- both columns, and ON CONFLICT finds the constraint by its columns in any order.

ALTER TABLE immunization DROP CONSTRAINT immunization_source_system_source_id_key;
ALTER TABLE immunization ALTER COLUMN source_id TYPE varchar(200) COLLATE "C";
ALTER TABLE immunization ADD CONSTRAINT immunization_source_id_source_system_key UNIQUE (source_id, source_system);

DROP INDEX lab_result_source_system_source_id_key;
ALTER TABLE lab_result ALTER COLUMN source_id TYPE varchar(200) COLLATE "C";
CREATE UNIQUE INDEX lab_result_source_id_source_system_key ON lab_result (source_id, source_system)
    WHERE source_id IS NOT NULL;
