-- The language notifications are written in (R10): the firm's, whoever makes the change.
ALTER TABLE space ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr'));
