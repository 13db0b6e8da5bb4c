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
