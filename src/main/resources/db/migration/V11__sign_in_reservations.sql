-- Attempts whose password (or code) is being checked right now. A check is reserved before the slow
-- hash runs, so that parallel guesses cannot all pass the throttle before any of them is counted.
ALTER TABLE sign_in_throttle ADD COLUMN in_flight INT NOT NULL DEFAULT 0;
ALTER TABLE sign_in_throttle ADD COLUMN reserved_at DATETIME(6) NULL;
