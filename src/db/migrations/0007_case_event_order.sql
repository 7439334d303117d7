-- Timeline order: several case events can carry the same timestamp (one transaction, or a
-- clock that has not moved), so an insertion sequence breaks the tie deterministically.

ALTER TABLE case_event ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX case_event_case_order ON case_event (case_id, at DESC, seq DESC);
COMMENT ON COLUMN case_event.seq IS 'Insertion order; orders events that share a timestamp (newest first = highest seq).';
