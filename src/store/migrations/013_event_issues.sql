-- Event.issues: the issue codes (an issue-coding file given with --issues) whose phrases an
-- event's sentence holds, one row per phrase found, with its span in the article text. Stores
-- written before this migration, or without --issues, have no rows: their events have no issues
-- until they are analysed again (reanalyze --issues FILE).
CREATE TABLE event_issues (
  event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  code TEXT NOT NULL,
  category TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (event_rowid, start, code)
) WITHOUT ROWID;
CREATE INDEX event_issues_code ON event_issues(code);
