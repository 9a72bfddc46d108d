-- Edits over the shipped geodata (the published base). One row per edited place:
--   state 'edited'  = the feature replaces the base one or adds a new place;
--   state 'deleted' = soft-deleted (not published; history keeps it);
--   state 'base'    = reverted to the shipped feature (row kept so versions only grow).
-- Features are json, not jsonb: kept exactly as written (key order too), so an export of
-- the edits diffs cleanly against the shipped files.
CREATE TABLE place_edits (
  kind text NOT NULL CHECK (kind IN ('site', 'park')),
  place_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('edited', 'deleted', 'base')),
  feature json,
  version integer NOT NULL CHECK (version > 0),
  updated_at timestamptz NOT NULL,
  updated_by integer NOT NULL REFERENCES users (id),
  PRIMARY KEY (kind, place_id),
  CHECK ((state = 'edited') = (feature IS NOT NULL))
);

-- One user action: an edit, an import or a revert.
CREATE TABLE change_sets (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action text NOT NULL CHECK (action IN ('edit', 'import', 'revert')),
  user_id integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  note text NOT NULL
);

-- One place's change inside a change set. before/after are the published features (NULL when
-- the place was not published); the states say which kind of row the place had.
CREATE TABLE changes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  change_set_id integer NOT NULL REFERENCES change_sets (id),
  kind text NOT NULL CHECK (kind IN ('site', 'park')),
  place_id text NOT NULL,
  before_state text NOT NULL CHECK (before_state IN ('absent', 'base', 'edited', 'deleted')),
  before json,
  after_state text NOT NULL CHECK (after_state IN ('base', 'edited', 'deleted')),
  after json,
  version integer NOT NULL,
  reverts_change_id integer REFERENCES changes (id)
);
CREATE INDEX changes_place ON changes (kind, place_id, id);
CREATE INDEX changes_set ON changes (change_set_id);
