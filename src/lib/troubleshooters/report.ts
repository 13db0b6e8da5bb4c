import type { AnswerEvent } from '../../schemas/troubleshooter-answer.ts';
import type { TroubleshooterData } from '../../schemas/troubleshooter.ts';

/** A reader's answer at an outcome, as the store records it. */
export interface AnswerInput {
  troubleshooter: string;
  /** The reader's random visitor id: no personal data. */
  visitor: string;
  /** Node ids from the start to the outcome. */
  path: readonly string[];
  outcome: string;
  event: AnswerEvent;
  at: Date;
}

/**
 * A reader's answer on one path as stored: `state` is their latest say, a fix answer or, until
 * they give one, `reached`.
 */
export interface StoredAnswer {
  troubleshooter: string;
  path: string[];
  outcome: string;
  state: AnswerEvent;
  createdAt: Date;
  updatedAt: Date;
}

/** What the store counts of the answers, each reader once per path and once per outcome. */
export interface AnswerTotals {
  /** Readers who reached any outcome, per troubleshooter. */
  readers: { troubleshooter: string; readers: number }[];
  /** Per outcome: readers who reached it and their latest fix answer over every path there. */
  outcomes: { troubleshooter: string; outcome: string; readers: number; fixedYes: number; fixedNo: number }[];
  /** Readers per path by their latest say on it. */
  paths: { troubleshooter: string; path: string[]; state: AnswerEvent; readers: number }[];
}

/** A troubleshooter as the dashboard knows it: its slug and its (build-checked) content. */
export interface TroubleshooterEntry {
  slug: string;
  data: TroubleshooterData;
}

/** How one outcome did: readers who reached it and what they said last about the fix. */
export interface OutcomeStats {
  outcome: string;
  title: string;
  kind: 'resolution' | 'escalation';
  readers: number;
  fixedYes: number;
  fixedNo: number;
}

/** One step of a path as readers saw it. */
export interface PathStep {
  question: string;
  answer: string;
}

/** A path, readable, and how many readers ended on it in a given way. */
export interface PathCount {
  path: string[];
  steps: PathStep[];
  /** The outcome's title (its id when the troubleshooter no longer has it). */
  outcome: string;
  readers: number;
}

/** The dashboard's section for one troubleshooter. */
export interface TroubleshooterReport {
  troubleshooter: string;
  title: string;
  /** Readers who reached any outcome. */
  readers: number;
  /** Readers per outcome who last said it fixed it, and who said it did not, summed over outcomes. */
  fixedYes: number;
  fixedNo: number;
  /** Every outcome of the troubleshooter, none reached included; most readers first, then in file order. */
  outcomes: OutcomeStats[];
  /** Paths whose readers last said the outcome did not fix it, most first. */
  unresolved: PathCount[];
  /** Paths whose readers reached the outcome and never said whether it fixed it, most first. */
  abandoned: PathCount[];
}

/**
 * The questions and answers along `path`. Answers stored before the troubleshooter changed may
 * name nodes it no longer has: those steps show the ids instead of failing.
 */
export function pathSteps(data: TroubleshooterData, path: readonly string[]): PathStep[] {
  return path.slice(0, -1).map((id, step) => {
    const node = data.nodes[id];
    const next = path[step + 1]!;
    if (node?.type !== 'question') return { question: id, answer: next };
    return { question: node.question, answer: node.answers.find((a) => a.next === next)?.label ?? next };
  });
}

function outcomeTitle(data: TroubleshooterData, id: string): string {
  const node = data.nodes[id];
  return node && node.type !== 'question' ? node.title : id;
}

function ranked(
  data: TroubleshooterData,
  paths: AnswerTotals['paths'],
  state: AnswerEvent,
  limit: number,
): PathCount[] {
  return paths
    .filter((p) => p.state === state)
    .sort((a, b) => b.readers - a.readers || a.path.join('/').localeCompare(b.path.join('/')))
    .slice(0, limit)
    .map(({ path, readers }) => ({
      path,
      steps: pathSteps(data, path),
      outcome: outcomeTitle(data, path.at(-1)!),
      readers,
    }));
}

/**
 * Per troubleshooter of `catalog` (in its order): readers, every outcome with its readers and fix
 * answers, and the `limit` paths most often ending unresolved or abandoned. Answers to a
 * troubleshooter no longer in the catalog are left out.
 */
export function troubleshooterReports(
  totals: AnswerTotals,
  catalog: readonly TroubleshooterEntry[],
  limit = 5,
): TroubleshooterReport[] {
  return catalog.map(({ slug, data }) => {
    const counted = totals.outcomes.filter((o) => o.troubleshooter === slug);
    const outcomes = Object.entries(data.nodes).flatMap(([id, node]) => {
      if (node.type === 'question') return [];
      const found = counted.find((o) => o.outcome === id);
      return [
        {
          outcome: id,
          title: node.title,
          kind: node.type,
          readers: found?.readers ?? 0,
          fixedYes: found?.fixedYes ?? 0,
          fixedNo: found?.fixedNo ?? 0,
        },
      ];
    });
    const paths = totals.paths.filter((p) => p.troubleshooter === slug);
    return {
      troubleshooter: slug,
      title: data.title,
      readers: totals.readers.find((r) => r.troubleshooter === slug)?.readers ?? 0,
      fixedYes: outcomes.reduce((sum, o) => sum + o.fixedYes, 0),
      fixedNo: outcomes.reduce((sum, o) => sum + o.fixedNo, 0),
      // A stable sort keeps file order among outcomes with as many readers.
      outcomes: outcomes.sort((a, b) => b.readers - a.readers),
      unresolved: ranked(data, paths, 'fixed-no', limit),
      abandoned: ranked(data, paths, 'reached', limit),
    };
  });
}
