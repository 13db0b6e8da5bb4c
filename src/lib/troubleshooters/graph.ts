import type { TroubleshooterData, TroubleshooterNode } from '../../schemas/troubleshooter.ts';

/** What can be wrong with a troubleshooter's graph; each kind fails the build. */
export type GraphProblemKind =
  | 'missing-start'
  | 'missing-node'
  | 'unreachable'
  | 'cycle'
  | 'dead-end'
  | 'same-target'
  | 'verdicts-without-checker'
  | 'verdict-twice'
  | 'missing-guide'
  | 'missing-anchor'
  | 'too-many-paths';

/** One problem, on the node an author has to change. */
export interface GraphProblem {
  kind: GraphProblemKind;
  node: string;
  message: string;
}

/** Published guides and the ids of their headings (the anchors links may point at). */
export type GuideSections = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Most paths one troubleshooter may have from its start: every path is a prerendered page, and a
 * reader should never face more branching than a support agent could follow.
 */
export const MAX_PATHS = 300;

type Nodes = TroubleshooterData['nodes'];

/** The nodes a node's answers lead to, in the author's order. */
export function nextIds(node: TroubleshooterNode | undefined): string[] {
  return node?.type === 'question' ? node.answers.map((answer) => answer.next) : [];
}

/** True for a resolution or an escalation: where a path ends. */
export function isOutcome(node: TroubleshooterNode | undefined): boolean {
  return node?.type === 'resolution' || node?.type === 'escalation';
}

function answerProblems(id: string, node: TroubleshooterNode, nodes: Nodes): GraphProblem[] {
  if (node.type !== 'question') return [];
  const problems: GraphProblem[] = [];
  if (node.answers.length === 0) {
    problems.push({
      kind: 'dead-end',
      node: id,
      message: 'a question with no answers is a dead end; give it answers, or make it a resolution or an escalation',
    });
  }
  const targets = new Set<string>();
  const verdicts = new Set<string>();
  for (const answer of node.answers) {
    if (!Object.hasOwn(nodes, answer.next)) {
      problems.push({
        kind: 'missing-node',
        node: id,
        message: `answer "${answer.label}" leads to "${answer.next}", which is not a node`,
      });
    }
    if (targets.has(answer.next)) {
      problems.push({
        kind: 'same-target',
        node: id,
        message: `two answers lead to "${answer.next}"; merge them into one answer`,
      });
    }
    targets.add(answer.next);
    if (answer.verdicts && !node.checker) {
      problems.push({
        kind: 'verdicts-without-checker',
        node: id,
        message: `answer "${answer.label}" lists checker verdicts, but the question has no checker (checker: true)`,
      });
    }
    for (const verdict of answer.verdicts ?? []) {
      if (verdicts.has(verdict)) {
        problems.push({ kind: 'verdict-twice', node: id, message: `verdict "${verdict}" picks more than one answer` });
      }
      verdicts.add(verdict);
    }
  }
  return problems;
}

function linkProblems(id: string, node: TroubleshooterNode, guides: GuideSections): GraphProblem[] {
  if (node.type !== 'resolution') return [];
  const [slug = '', anchor = ''] = node.guide.split('#');
  const sections = guides.get(slug);
  if (!sections)
    return [{ kind: 'missing-guide', node: id, message: `links to guide "${slug}", which does not exist` }];
  if (!sections.has(anchor)) {
    return [
      {
        kind: 'missing-anchor',
        node: id,
        message: `links to "${slug}#${anchor}", but that guide has no section "${anchor}" (it has: ${[...sections].join(', ')})`,
      },
    ];
  }
  return [];
}

/** Walks from the start; reports the first answer found to lead back to a node on its own path. */
function structureProblems(start: string, nodes: Nodes): { problems: GraphProblem[]; reached: Set<string> } {
  const problems: GraphProblem[] = [];
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const visit = (id: string) => {
    reached.add(id);
    onPath.add(id);
    for (const next of nextIds(nodes[id])) {
      if (!Object.hasOwn(nodes, next)) continue;
      if (onPath.has(next)) {
        problems.push({
          kind: 'cycle',
          node: id,
          message: `an answer leads back to "${next}", which comes before it: a reader could go round in circles`,
        });
      } else if (!reached.has(next)) {
        visit(next);
      }
    }
    onPath.delete(id);
  };
  visit(start);
  return { problems, reached };
}

/** How many paths start at each node (the node alone counts as one), on an acyclic graph. */
function pathCount(start: string, nodes: Nodes): number {
  const memo = new Map<string, number>();
  const count = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const total = 1 + nextIds(nodes[id]).reduce((sum, next) => sum + (Object.hasOwn(nodes, next) ? count(next) : 0), 0);
    memo.set(id, total);
    return total;
  };
  return count(start);
}

/**
 * Every problem with a troubleshooter's graph: a missing start, answers leading nowhere, nodes no
 * path reaches, cycles, questions without answers, checker verdicts used wrongly, and resolutions
 * linking a guide or a section (`slug#anchor`, checked against `guides`) that does not exist.
 */
export function graphProblems(troubleshooter: TroubleshooterData, guides: GuideSections): GraphProblem[] {
  const { start, nodes } = troubleshooter;
  const local = Object.entries(nodes).flatMap(([id, node]) => [
    ...answerProblems(id, node, nodes),
    ...linkProblems(id, node, guides),
  ]);
  if (!Object.hasOwn(nodes, start)) {
    return [{ kind: 'missing-start', node: start, message: 'start names a node that does not exist' }, ...local];
  }
  const { problems, reached } = structureProblems(start, nodes);
  const unreachable: GraphProblem[] = Object.keys(nodes)
    .filter((id) => !reached.has(id))
    .map((id) => ({ kind: 'unreachable', node: id, message: `no answer leads here from the start ("${start}")` }));
  const all = [...local, ...problems, ...unreachable];
  if (problems.length === 0) {
    const paths = pathCount(start, nodes);
    if (paths > MAX_PATHS) {
      all.push({
        kind: 'too-many-paths',
        node: start,
        message: `${paths} paths lead from here, more than ${MAX_PATHS}; split the troubleshooter`,
      });
    }
  }
  return all;
}

/** Problems as build errors: `content/troubleshooters/x.yaml: node "y": message`. */
export function formatProblems(file: string, problems: readonly GraphProblem[]): string[] {
  return problems.map((problem) => `${file}: node "${problem.node}": ${problem.message}`);
}
