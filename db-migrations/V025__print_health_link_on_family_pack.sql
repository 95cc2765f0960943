-- A guardian may ask for the QR code of a child's link to be printed in the family pack, after that child's cards.

ALTER TABLE health_link ADD COLUMN on_family_pack boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN health_link.on_family_pack IS 'Whether the guardian''s family pack prints this link''s QR code while the link works.';
