/**
 * The store's queries, written once with `?` placeholders; PostgreSQL gets them numbered ($1, $2…).
 * Both dialects accept this SQL (upsert with RETURNING, window functions).
 */
export const QUERIES = {
  upsertVote: `
    INSERT INTO votes (guide, visitor, vote, reason, comment, revision, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 1, ?, ?)
    ON CONFLICT (guide, visitor) DO UPDATE SET
      vote = excluded.vote, reason = excluded.reason, comment = excluded.comment,
      revision = votes.revision + 1, updated_at = excluded.updated_at
    WHERE votes.updated_at <= excluded.updated_at
    RETURNING guide, vote, reason, comment, revision, created_at, updated_at`,
  selectVote: `
    SELECT guide, vote, reason, comment, revision, created_at, updated_at
    FROM votes WHERE guide = ? AND visitor = ?`,
  insertSearchMiss: `INSERT INTO search_misses (query, created_at) VALUES (?, ?)`,
  tallies: `
    SELECT guide,
      SUM(CASE WHEN vote = 'up' THEN 1 ELSE 0 END) AS up,
      SUM(CASE WHEN vote = 'down' THEN 1 ELSE 0 END) AS down
    FROM votes GROUP BY guide ORDER BY guide`,
  reasonCounts: `
    SELECT guide, reason, COUNT(*) AS count FROM votes
    WHERE vote = 'down' AND reason IS NOT NULL
    GROUP BY guide, reason ORDER BY guide, count DESC, reason`,
  recentComments: `
    SELECT guide, vote, reason, comment, updated_at FROM (
      SELECT guide, vote, reason, comment, updated_at,
        ROW_NUMBER() OVER (PARTITION BY guide ORDER BY updated_at DESC, visitor) AS position
      FROM votes WHERE comment IS NOT NULL AND comment <> ''
    ) ranked WHERE position <= ? ORDER BY guide, updated_at DESC`,
  topSearchMisses: `
    SELECT query, COUNT(*) AS count, MAX(created_at) AS last_at FROM search_misses
    GROUP BY query ORDER BY count DESC, last_at DESC LIMIT ?`,
  // A fix answer replaces "reached" whenever it comes, and an older fix answer never replaces a
  // newer one; reaching the outcome again changes nothing (no row returned, as for a stale vote).
  upsertAnswer: `
    INSERT INTO troubleshooter_answers
      (troubleshooter, visitor, path, outcome, state, revision, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 1, ?, ?)
    ON CONFLICT (troubleshooter, visitor, path) DO UPDATE SET
      state = excluded.state, revision = troubleshooter_answers.revision + 1, updated_at = excluded.updated_at
    WHERE excluded.state <> 'reached'
      AND (troubleshooter_answers.state = 'reached' OR troubleshooter_answers.updated_at <= excluded.updated_at)
    RETURNING troubleshooter, path, outcome, state, revision, created_at, updated_at`,
  selectAnswer: `
    SELECT troubleshooter, path, outcome, state, revision, created_at, updated_at
    FROM troubleshooter_answers WHERE troubleshooter = ? AND visitor = ? AND path = ?`,
  answerReaders: `
    SELECT troubleshooter, COUNT(DISTINCT visitor) AS readers
    FROM troubleshooter_answers GROUP BY troubleshooter`,
  // Per outcome, each reader once with their latest say over every path that led there.
  answerOutcomes: `
    SELECT troubleshooter, outcome, COUNT(*) AS readers,
      SUM(CASE WHEN state = 'fixed-yes' THEN 1 ELSE 0 END) AS fixed_yes,
      SUM(CASE WHEN state = 'fixed-no' THEN 1 ELSE 0 END) AS fixed_no
    FROM (
      SELECT troubleshooter, outcome, state,
        ROW_NUMBER() OVER (
          PARTITION BY troubleshooter, outcome, visitor
          ORDER BY CASE WHEN state = 'reached' THEN 1 ELSE 0 END, updated_at DESC, path
        ) AS position
      FROM troubleshooter_answers
    ) latest WHERE position = 1 GROUP BY troubleshooter, outcome`,
  answerPaths: `
    SELECT troubleshooter, path, state, COUNT(*) AS readers
    FROM troubleshooter_answers GROUP BY troubleshooter, path, state`,
  insertAdminSession: `INSERT INTO admin_sessions (id, expires_at) VALUES (?, ?)`,
  deleteExpiredAdminSessions: `DELETE FROM admin_sessions WHERE expires_at <= ?`,
  selectAdminSession: `SELECT id FROM admin_sessions WHERE id = ? AND expires_at > ?`,
  deleteAdminSession: `DELETE FROM admin_sessions WHERE id = ?`,
} as const;

/** `sql` with `?` placeholders numbered for PostgreSQL. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
