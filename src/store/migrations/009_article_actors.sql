-- The country and role a person: or org: actor acted for in one article (its Actor record
-- there, as of the article's date): the actors table keeps one row per actor whatever the
-- date, so Richard Lyng is USAGOV in 1987 and USAELI in 1995 only here. Mentions, quotes and
-- stances read it; articles stored before this migration have no rows (the actors row then
-- applies) until they are analysed again (reanalyze).
CREATE TABLE article_actors (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  country TEXT,
  role TEXT,
  PRIMARY KEY (article_rowid, actor)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor);
-- Mention.refers_to ("he" -> the named mention it stands for), as JSON {start, end, name}; NULL
-- for a mention that names its actor itself, and for mentions stored before this column.
ALTER TABLE mentions ADD COLUMN refers_to TEXT;
