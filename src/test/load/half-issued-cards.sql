-- Half-issued cards: what a crash, a killed replica or a database restart must never leave behind. Run it against
-- the portal's database (psql "$DB_URL" -f src/test/load/half-issued-cards.sql, or any SQL client); no row means
-- nothing is half-issued. load.FaultsUnderLoadIT runs this very file after each fault it causes.
--
-- A set of cards is issued (issuance.IssuanceService, table issued_card) in the transaction of the request that gives
-- the cards out, which writes the audit event of that request about the same person (CARDS_VIEWED, CARD_DOWNLOADED,
-- STAFF_CARDS_REISSUED, HEALTH_LINK_CREATED, ...): both commit or neither does. Rows written by one transaction share
-- their xmin, the inserting transaction's id (PostgreSQL manual, 5.6 System Columns); a physical backup and
-- point-in-time recovery (docs/operations.md) keep it, a logical dump restored with pg_restore does not. Cards the
-- `issue` command writes, and those signed for the new-link form's list of cards, have no audit event of their own
-- and are listed too.
--
-- 1. Cards stored without the audit event of the transaction that stored them.
SELECT 'cards without their audit event' AS problem, c.person_id, c.issued_at AS at, count(*) AS cards
FROM issued_card c
WHERE NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.subject_person_id = c.person_id AND a.xmin = c.xmin)
GROUP BY c.person_id, c.issued_at
UNION ALL
-- 2. A card download audited (one card as file, PDF, QR image or printable page) when no card of the person was
--    stored: the audit event without its card.
SELECT 'card download audited without a card', a.subject_person_id, a.occurred_at, 0
FROM audit_event a
WHERE a.action = 'CARD_DOWNLOADED' AND a.reason ~ '^(file|pdf|wallet pdf|png|svg|print) '
  AND NOT EXISTS (SELECT 1 FROM issued_card c WHERE c.person_id = a.subject_person_id AND c.issued_at <= a.occurred_at)
ORDER BY 2, 3;
