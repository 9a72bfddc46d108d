-- Failed sign-ins per key ('account:<name>' or 'ip:<address>'), shared by every API instance.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until timestamptz
);
