-- A staff member's own time zone, for every time the portal shows them or mails them. Null until
-- they choose one; until then their browser's zone is used, then the practice's. Clients' zones stay
-- in their intake.
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64) NULL;
