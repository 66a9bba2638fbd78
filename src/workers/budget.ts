// The time budget of one article's analysis, shared by the commands and the server (a module
// of its own: the commands that analyse nothing load it without the analysis code).

/**
 * The default budget of one article's analysis (ingest, analyze, reanalyze, serve), in
 * processor time of the thread analysing it (pool.ts), so a machine busy with other work
 * does not use it up. A long real article takes a second or two of it.
 */
export const defaultArticleTimeoutMs = 30_000;
