-- The same rule for a dose's CVX code as V001 (one to four ASCII digits: CDC's CVX codes, see
-- https://www2a.cdc.gov/vaccines/iis/iisstandards/vaccines.asp?rpt=cvx), checked without PostgreSQL's regular
-- expression engine: a bulk load checks it for every dose it copies (docs/operations.md, "Replay and bulk load"), and
-- trimming the digits off costs less than matching a pattern. ltrim removes the listed characters only (PostgreSQL
-- documentation 9.4 "String Functions and Operators"), so a code with any other character, another script's digits
-- or a space included, keeps something after the trim. The column's type, varchar(4), keeps a code to four
-- characters; the check refuses the empty one.

ALTER TABLE immunization
    DROP CONSTRAINT immunization_cvx_code_check,
    ADD CONSTRAINT immunization_cvx_code_check CHECK (cvx_code <> '' AND ltrim(cvx_code, '0123456789') = '');
