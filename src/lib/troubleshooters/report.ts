import type { AnswerEvent } from '../../schemas/troubleshooter-answer.ts';

/** One stored answer, as the dashboard reads them back. */
export interface AnswerRow {
  troubleshooter: string;
  visitor: string;
  /** Node ids from the start to the outcome. */
  path: readonly string[];
  outcome: string;
  event: AnswerEvent;
  at: Date;
}

/** How one outcome did: readers who reached it and what they said last about the fix. */
export interface OutcomeStats {
  outcome: string;
  readers: number;
  fixedYes: number;
  fixedNo: number;
}

/** A path and how many readers ended on it in a given way. */
export interface PathCount {
  path: string[];
  readers: number;
}

/** The dashboard's section for one troubleshooter. */
export interface TroubleshooterReport {
  troubleshooter: string;
  /** Readers who reached any outcome. */
  readers: number;
  /** Most readers first. */
  outcomes: OutcomeStats[];
  /** Paths whose readers last said the outcome did not fix it, most first. */
  unresolved: PathCount[];
  /** Paths whose readers reached the outcome and never said whether it fixed it, most first. */
  abandoned: PathCount[];
}

interface Verdict {
  at: Date;
  fixed: boolean | undefined;
}

/** The reader's latest say: a later fix answer replaces an earlier one; reaching again does not erase it. */
function latest(previous: Verdict | undefined, row: AnswerRow): Verdict {
  const fixed = row.event === 'reached' ? undefined : row.event === 'fixed-yes';
  if (!previous) return { at: row.at, fixed };
  if (fixed === undefined) return previous;
  if (previous.fixed !== undefined && previous.at > row.at) return previous;
  return { at: row.at, fixed };
}

function ranked(counts: Map<string, number>, limit: number): PathCount[] {
  return [...counts]
    .map(([path, readers]) => ({ path: path.split('/'), readers }))
    .sort((a, b) => b.readers - a.readers || a.path.join('/').localeCompare(b.path.join('/')))
    .slice(0, limit);
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Per troubleshooter (by slug): readers per outcome with their fix answers, and the `limit` paths
 * most often ending unresolved or abandoned. Each reader counts once per outcome and once per path,
 * with their latest fix answer.
 */
export function troubleshooterReports(rows: readonly AnswerRow[], limit = 5): TroubleshooterReport[] {
  const byTroubleshooter = new Map<string, AnswerRow[]>();
  for (const row of rows)
    byTroubleshooter.set(row.troubleshooter, [...(byTroubleshooter.get(row.troubleshooter) ?? []), row]);

  return [...byTroubleshooter.keys()].sort().map((troubleshooter) => {
    const own = byTroubleshooter.get(troubleshooter)!;
    const perOutcome = new Map<string, Map<string, Verdict>>();
    const perPath = new Map<string, Map<string, Verdict>>();
    for (const row of own) {
      for (const [groups, key] of [
        [perOutcome, row.outcome],
        [perPath, row.path.join('/')],
      ] as const) {
        const readers = groups.get(key) ?? new Map<string, Verdict>();
        readers.set(row.visitor, latest(readers.get(row.visitor), row));
        groups.set(key, readers);
      }
    }
    const outcomes = [...perOutcome].map(([outcome, readers]) => {
      const said = [...readers.values()];
      return {
        outcome,
        readers: readers.size,
        fixedYes: said.filter((verdict) => verdict.fixed === true).length,
        fixedNo: said.filter((verdict) => verdict.fixed === false).length,
      };
    });
    const unresolved = new Map<string, number>();
    const abandoned = new Map<string, number>();
    for (const [path, readers] of perPath) {
      for (const verdict of readers.values()) {
        if (verdict.fixed === false) increment(unresolved, path);
        if (verdict.fixed === undefined) increment(abandoned, path);
      }
    }
    return {
      troubleshooter,
      readers: new Set(own.map((row) => row.visitor)).size,
      outcomes: outcomes.sort((a, b) => b.readers - a.readers || a.outcome.localeCompare(b.outcome)),
      unresolved: ranked(unresolved, limit),
      abandoned: ranked(abandoned, limit),
    };
  });
}
