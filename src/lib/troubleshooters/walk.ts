import type { QuestionNode, TroubleshooterData } from '../../schemas/troubleshooter.ts';
import { isOutcome, nextIds } from './graph.ts';

/** Why a list of node ids is not a path a reader could have taken. */
export type TrailProblem = 'empty' | 'unknown-node' | 'not-from-start' | 'not-a-walk';

/**
 * Checks a trail: node ids from the start, each reached by an answer of the one before. Returns
 * undefined for a real walk.
 */
export function trailProblem(troubleshooter: TroubleshooterData, trail: readonly string[]): TrailProblem | undefined {
  const { nodes, start } = troubleshooter;
  if (trail.length === 0) return 'empty';
  if (trail.some((id) => !Object.hasOwn(nodes, id))) return 'unknown-node';
  if (trail[0] !== start) return 'not-from-start';
  for (let step = 1; step < trail.length; step++) {
    if (!nextIds(nodes[trail[step - 1]!]).includes(trail[step]!)) return 'not-a-walk';
  }
  return undefined;
}

/** Every trail from the start, shortest first within each branch: one page per trail. */
export function allTrails(troubleshooter: TroubleshooterData): string[][] {
  const { nodes, start } = troubleshooter;
  const trails: string[][] = [];
  const extend = (trail: string[]) => {
    trails.push(trail);
    for (const next of nextIds(nodes[trail.at(-1)!])) extend([...trail, next]);
  };
  extend([start]);
  return trails;
}

/** Nodes on the longest path from `id` to an outcome, `id` included (the graph is acyclic). */
export function stepsToEnd(troubleshooter: TroubleshooterData, id: string): number {
  const following = nextIds(troubleshooter.nodes[id]).map((next) => stepsToEnd(troubleshooter, next));
  return 1 + Math.max(0, ...following);
}

/** Where a reader stands: the question number and the most questions a path from here can take. */
export function progress(
  troubleshooter: TroubleshooterData,
  trail: readonly string[],
): { question: number; mostQuestions: number; done: boolean } {
  const here = trail.at(-1)!;
  const done = isOutcome(troubleshooter.nodes[here]);
  // The outcome at the end of a path is not a question.
  const mostQuestions = trail.length - 1 + stepsToEnd(troubleshooter, here) - 1;
  return { question: done ? trail.length - 1 : trail.length, mostQuestions, done };
}

/** The question asked at each step of a trail and the answer the reader gave. */
export function answersAlong(
  troubleshooter: TroubleshooterData,
  trail: readonly string[],
): { question: string; answer: string }[] {
  return trail.slice(0, -1).map((id, step) => {
    const node = troubleshooter.nodes[id] as QuestionNode;
    const answer = node.answers.find((candidate) => candidate.next === trail[step + 1]);
    return { question: node.question, answer: answer?.label ?? '' };
  });
}

/** The page title at a trail: the troubleshooter's title, preceded by the step's once past the start. */
export function stepTitle(troubleshooter: TroubleshooterData, trail: readonly string[]): string {
  if (trail.length === 1) return troubleshooter.title;
  const node = troubleshooter.nodes[trail.at(-1)!]!;
  return `${node.type === 'question' ? node.question : node.title} · ${troubleshooter.title}`;
}
