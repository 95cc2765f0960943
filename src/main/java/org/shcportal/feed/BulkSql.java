package org.shcportal.feed;

/**
 * The SQL of the NDJSON load: session-local staging tables (filled by COPY, emptied at each commit) and the
 * statements that merge them into the registry tables, keyed so that the same rows loaded twice are stored once.
 * {@code ord} is the row's place in its file, so that rows keep the file's order.
 */
final class BulkSql {

    static final String CREATE_STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS bulk_person (ord bigint, registry_id text, family_name text,
                given_name text, middle_name text, birth_date date, sex text, identity_assurance text)
                ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS bulk_name (ord bigint, registry_id text, kind text, family_name text,
                given_name text, middle_name text) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS bulk_contact (ord bigint, registry_id text, kind text, value text,
                added_on date, removed_on date) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS bulk_address (ord bigint, registry_id text, line1 text, line2 text,
                city text, state text, postal_code text, added_on date) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS bulk_dose (ord bigint, line bigint, registry_id text, source_system text,
                source_id text, cvx_code text, occurrence_date date, lot_number text, mvx_code text,
                performer_name text, status text) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS bulk_lab (ord bigint, line bigint, registry_id text, source_system text,
                loinc_code text, effective_date date, result_system text, result_code text, result_value text,
                performer_name text, status text) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS bulk_link (ord bigint, line bigint, guardian_registry_id text,
                minor_registry_id text, relationship text) ON COMMIT DELETE ROWS""";

    static final String DROP_STAGING = """
            DROP TABLE IF EXISTS bulk_person, bulk_name, bulk_contact, bulk_address, bulk_dose, bulk_lab, bulk_link""";

    /** The last line of a registry id wins when a file names it twice. */
    static final String MERGE_PERSONS = """
            INSERT INTO person (registry_id, family_name, given_name, middle_name, birth_date, sex, identity_assurance)
            SELECT registry_id, family_name, given_name, middle_name, birth_date, sex, identity_assurance
            FROM (SELECT DISTINCT ON (registry_id) * FROM bulk_person ORDER BY registry_id, ord DESC) latest
            ORDER BY ord
            ON CONFLICT (registry_id) DO UPDATE SET family_name = excluded.family_name,
                given_name = excluded.given_name, middle_name = excluded.middle_name,
                birth_date = excluded.birth_date, sex = excluded.sex, identity_assurance = excluded.identity_assurance""";

    static final String MERGE_NAMES = """
            INSERT INTO person_name (person_id, kind, family_name, given_name, middle_name)
            SELECT p.id, b.kind, b.family_name, b.given_name, b.middle_name
            FROM bulk_name b JOIN person p ON p.registry_id = b.registry_id
            WHERE NOT EXISTS (SELECT 1 FROM person_name n WHERE n.person_id = p.id AND n.kind = b.kind
                AND n.family_name = b.family_name AND n.given_name = b.given_name
                AND n.middle_name IS NOT DISTINCT FROM b.middle_name)
            ORDER BY b.ord""";

    /** A contact is known by its person, kind, value and the day it was added; its removal may come later. */
    static final String UPDATE_CONTACTS = """
            UPDATE contact c SET removed_on = b.removed_on
            FROM bulk_contact b JOIN person p ON p.registry_id = b.registry_id
            WHERE c.person_id = p.id AND c.kind = b.kind AND c.value = b.value AND c.added_on = b.added_on
                AND c.removed_on IS DISTINCT FROM b.removed_on""";

    static final String MERGE_CONTACTS = """
            INSERT INTO contact (person_id, kind, value, added_on, removed_on)
            SELECT p.id, b.kind, b.value, b.added_on, b.removed_on
            FROM bulk_contact b JOIN person p ON p.registry_id = b.registry_id
            WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE c.person_id = p.id AND c.kind = b.kind
                AND c.value = b.value AND c.added_on = b.added_on)
            ORDER BY b.ord""";

    static final String MERGE_ADDRESSES = """
            INSERT INTO address (person_id, line1, line2, city, state, postal_code, added_on)
            SELECT p.id, b.line1, b.line2, b.city, b.state, b.postal_code, b.added_on
            FROM bulk_address b JOIN person p ON p.registry_id = b.registry_id
            WHERE NOT EXISTS (SELECT 1 FROM address a WHERE a.person_id = p.id AND a.line1 = b.line1
                AND a.line2 IS NOT DISTINCT FROM b.line2 AND a.city = b.city AND a.state = b.state
                AND a.postal_code = b.postal_code AND a.added_on = b.added_on)
            ORDER BY b.ord""";

    static final String DOSES_OF_UNKNOWN_PERSONS = """
            SELECT line FROM bulk_dose b
            WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.registry_id = b.registry_id) ORDER BY line""";

    /** A dose is known by its source system and the source's id for it (HL7 ORC-3; FHIR identifier). */
    static final String MERGE_DOSES = """
            INSERT INTO immunization (person_id, cvx_code, occurrence_date, lot_number, mvx_code, performer_name,
                status, source_system, source_id)
            SELECT p.id, b.cvx_code, b.occurrence_date, b.lot_number, b.mvx_code, b.performer_name, b.status,
                b.source_system, b.source_id
            FROM (SELECT DISTINCT ON (source_system, source_id) * FROM bulk_dose
                  ORDER BY source_system, source_id, ord DESC) b
            JOIN person p ON p.registry_id = b.registry_id
            ORDER BY b.ord
            ON CONFLICT (source_system, source_id) DO UPDATE SET person_id = excluded.person_id,
                cvx_code = excluded.cvx_code, occurrence_date = excluded.occurrence_date,
                lot_number = excluded.lot_number, mvx_code = excluded.mvx_code,
                performer_name = excluded.performer_name, status = excluded.status""";

    static final String LABS_OF_UNKNOWN_PERSONS = """
            SELECT line FROM bulk_lab b
            WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.registry_id = b.registry_id) ORDER BY line""";

    /** A lab result is known by its person, test (LOINC), date and source. */
    static final String UPDATE_LABS = """
            UPDATE lab_result l SET result_system = b.result_system, result_code = b.result_code,
                result_value = b.result_value, performer_name = b.performer_name, status = b.status
            FROM bulk_lab b JOIN person p ON p.registry_id = b.registry_id
            WHERE l.person_id = p.id AND l.loinc_code = b.loinc_code AND l.effective_date = b.effective_date
                AND l.source_system = b.source_system""";

    static final String MERGE_LABS = """
            INSERT INTO lab_result (person_id, loinc_code, effective_date, result_system, result_code, result_value,
                performer_name, status, source_system)
            SELECT p.id, b.loinc_code, b.effective_date, b.result_system, b.result_code, b.result_value,
                b.performer_name, b.status, b.source_system
            FROM bulk_lab b JOIN person p ON p.registry_id = b.registry_id
            WHERE NOT EXISTS (SELECT 1 FROM lab_result l WHERE l.person_id = p.id AND l.loinc_code = b.loinc_code
                AND l.effective_date = b.effective_date AND l.source_system = b.source_system)
            ORDER BY b.ord""";

    static final String LINKS_OF_UNKNOWN_PERSONS = """
            SELECT line FROM bulk_link b
            LEFT JOIN person g ON g.registry_id = b.guardian_registry_id
            LEFT JOIN person m ON m.registry_id = b.minor_registry_id
            WHERE g.id IS NULL OR m.id IS NULL OR g.id = m.id ORDER BY line""";

    static final String MERGE_LINKS = """
            INSERT INTO guardian_link (guardian_id, minor_id, relationship, source)
            SELECT guardian_id, minor_id, relationship, 'REGISTRY_FEED'
            FROM (SELECT DISTINCT ON (g.id, m.id) g.id AS guardian_id, m.id AS minor_id, b.relationship, b.ord
                  FROM bulk_link b JOIN person g ON g.registry_id = b.guardian_registry_id
                  JOIN person m ON m.registry_id = b.minor_registry_id
                  WHERE g.id <> m.id ORDER BY g.id, m.id, b.ord DESC) latest
            ORDER BY ord
            ON CONFLICT (guardian_id, minor_id) DO UPDATE SET relationship = excluded.relationship""";

    /** The registry is empty when it has no person; the lock keeps another writer from adding one meanwhile. */
    static final String LOCK_AND_COUNT_PERSONS = """
            LOCK TABLE person IN SHARE ROW EXCLUSIVE MODE;
            SELECT EXISTS (SELECT 1 FROM person)""";

    /*
     * The load into an empty registry: each file is staged whole, then stored by one statement per table, without
     * the registry's indexes to ask (a hash join over the whole file instead of an index lookup per row). Persons
     * and guardian links are keyed as in the merge above (the last line of a key wins); names, contacts, addresses
     * and lab results are all stored, as the merge stores those of one batch: an export may hold two lab results of
     * one person with the same test and day, and both are kept. Doses, twenty a person, skip the staging table and
     * go by COPY straight into the registry's (DELETE_REPLACED_DOSES).
     */

    /**
     * The persons of a load into an empty registry, numbered from the parameter in the order of their latest lines,
     * as {@link BulkRows#personIds} numbers them for the doses.
     */
    static final String LOAD_PERSONS = """
            INSERT INTO person (id, registry_id, family_name, given_name, middle_name, birth_date, sex,
                identity_assurance)
            SELECT ? + row_number() OVER (ORDER BY ord) - 1, registry_id, family_name, given_name, middle_name,
                birth_date, sex, identity_assurance
            FROM (SELECT DISTINCT ON (registry_id) * FROM bulk_person ORDER BY registry_id, ord DESC) latest
            ORDER BY ord""";

    /** The next id of the person table's identity (PostgreSQL documentation 9.17 "Sequence Manipulation Functions"). */
    static final String NEXT_PERSON_ID = "SELECT nextval(pg_get_serial_sequence('person', 'id'))";

    /** Moves the identity to the parameter, the next id it gives, past the persons a load numbered itself. */
    static final String PERSON_IDS_USED = "SELECT setval(pg_get_serial_sequence('person', 'id'), ?, false)";

    /**
     * The id the immunization table's identity gives next: a load into an empty registry numbers its doses from it
     * by their lines, so that PostgreSQL does not draw one per row.
     */
    static final String NEXT_DOSE_ID = "SELECT nextval(pg_get_serial_sequence('immunization', 'id'))";

    /** Moves the doses' identity to the parameter, the next id it gives, past the doses a load numbered itself. */
    static final String DOSE_IDS_USED = "SELECT setval(pg_get_serial_sequence('immunization', 'id'), ?, false)";

    static final String LOAD_NAMES = """
            INSERT INTO person_name (person_id, kind, family_name, given_name, middle_name)
            SELECT p.id, b.kind, b.family_name, b.given_name, b.middle_name
            FROM bulk_name b JOIN person p ON p.registry_id = b.registry_id
            ORDER BY b.ord""";

    static final String LOAD_CONTACTS = """
            INSERT INTO contact (person_id, kind, value, added_on, removed_on)
            SELECT p.id, b.kind, b.value, b.added_on, b.removed_on
            FROM bulk_contact b JOIN person p ON p.registry_id = b.registry_id
            ORDER BY b.ord""";

    static final String LOAD_ADDRESSES = """
            INSERT INTO address (person_id, line1, line2, city, state, postal_code, added_on)
            SELECT p.id, b.line1, b.line2, b.city, b.state, b.postal_code, b.added_on
            FROM bulk_address b JOIN person p ON p.registry_id = b.registry_id
            ORDER BY b.ord""";

    /**
     * The doses of a load into an empty registry come in the files' order, one row a line: where two lines name the
     * same dose (source system and id), the row of the later line stays, as in the merge above.
     */
    static final String DELETE_REPLACED_DOSES = """
            DELETE FROM immunization i USING immunization later
            WHERE later.source_system = i.source_system AND later.source_id = i.source_id AND later.id > i.id""";

    static final String LOAD_LABS = """
            INSERT INTO lab_result (person_id, loinc_code, effective_date, result_system, result_code, result_value,
                performer_name, status, source_system)
            SELECT p.id, b.loinc_code, b.effective_date, b.result_system, b.result_code, b.result_value,
                b.performer_name, b.status, b.source_system
            FROM bulk_lab b JOIN person p ON p.registry_id = b.registry_id
            ORDER BY b.ord""";

    static final String LOAD_LINKS = """
            INSERT INTO guardian_link (guardian_id, minor_id, relationship, source)
            SELECT guardian_id, minor_id, relationship, 'REGISTRY_FEED'
            FROM (SELECT DISTINCT ON (g.id, m.id) g.id AS guardian_id, m.id AS minor_id, b.relationship, b.ord
                  FROM bulk_link b JOIN person g ON g.registry_id = b.guardian_registry_id
                  JOIN person m ON m.registry_id = b.minor_registry_id
                  WHERE g.id <> m.id ORDER BY g.id, m.id, b.ord DESC) latest
            ORDER BY ord""";

    private BulkSql() {
    }
}
