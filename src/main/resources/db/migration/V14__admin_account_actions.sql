-- Administrator actions on staff accounts (issue 14, finding 3). An administrator may lock an account
-- (nobody signs in to it until it is unlocked) and send its owner a reset link, but never chooses the
-- password. A reset link an administrator asked for names them; once such a link has been used, the
-- account's next sign-in is marked in the audit trail.
ALTER TABLE account ADD COLUMN locked_at DATETIME(6);
ALTER TABLE account ADD COLUMN admin_reset_at DATETIME(6);
ALTER TABLE password_reset ADD COLUMN requested_by UUID;
