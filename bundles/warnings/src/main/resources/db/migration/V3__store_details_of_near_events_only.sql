-- Events due more than 120 days after their computation are stored without their JSON document and
-- explained when read, so a recomputation for everyone writes a fraction of the bytes.
ALTER TABLE warning_item ALTER COLUMN event_json DROP NOT NULL;
