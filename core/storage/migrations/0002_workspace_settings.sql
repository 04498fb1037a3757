-- 0002: workspace-wide settings as key/value text: framework thresholds, the team's name,
-- the person the Director signs in as. Keys are namespaced by area, e.g. 'team.name'.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK (length(key) > 0),
    value TEXT NOT NULL
) WITHOUT ROWID;
