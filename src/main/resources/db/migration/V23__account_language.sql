-- The language a person reads the portal and their e-mails in (a code such as 'en' or 'es'). Null until
-- they choose; until then their browser's language is used, else the practice's.
ALTER TABLE account ADD COLUMN language VARCHAR(8) NULL;
