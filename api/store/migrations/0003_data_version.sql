-- A counter bumped by every write to places: caches and indexes key on it, and each write
-- NOTIFYs 'tianjin_map_data' with the new value so other API instances reload.
CREATE TABLE data_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version integer NOT NULL
);
INSERT INTO data_version (singleton, version) VALUES (true, 0);
