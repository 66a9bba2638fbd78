-- Article.boilerplate: syndication footers inside the text ("The post ... appeared first on ..."
-- between two stories), as JSON [[start, end], ...] offsets into text; the analysis reads no
-- tokens there, and reanalyze passes them on. NULL when there are none.
ALTER TABLE articles ADD COLUMN boilerplate TEXT;
