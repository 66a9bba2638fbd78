// The time budget of one article's analysis, shared by the commands and the server (a module
// of its own: the commands that analyse nothing load it without the analysis code).

/**
 * The default budget of one article's analysis (ingest, analyze, reanalyze, serve). A long
 * real article takes a second or two on an idle core; the budget is wall-clock time, and on
 * a machine shared with other work (2 cores at load 13: ingest ran 4x slower) a tight one
 * would skip good articles.
 */
export const defaultArticleTimeoutMs = 30_000;
