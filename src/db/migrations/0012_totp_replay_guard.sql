-- A TOTP code stays valid for its 30-second window (and the one after, for clock drift):
-- remembering the last accepted time step stops a code seen over someone's shoulder,
-- or captured by a phishing proxy, from being used a second time.
ALTER TABLE staff_user ADD COLUMN totp_last_step bigint;
COMMENT ON COLUMN staff_user.totp_last_step IS 'TOTP time step (Unix time / 30 s) of the last accepted code; a code from this step or earlier is refused (replay guard).';
