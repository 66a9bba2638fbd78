-- The country and role a person or organisation acted for in one article, as of its date (a
-- minister in a 2019 story, an elder statesman in a 2024 one): the actors table keeps one row
-- per actor, this table one per actor and article. Readers take an article's row and fall back
-- to the actors row where it has none (articles stored before this table).
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
