import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../lib/content/slug.ts';
import { CHECKER_VERDICTS } from '../lib/troubleshooters/verdicts.ts';

const nodeId = z
  .string()
  .regex(SLUG_PATTERN, 'a node id is a lowercase slug (letters, digits and hyphens), e.g. "after-an-hour"');

const text = (what: string, max: number) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} is longer than ${max} characters`);

const answerSchema = z
  .object({
    label: text('an answer label', 140),
    next: nodeId,
    /** On a checker question: the checker verdicts that pick this answer. */
    verdicts: z.array(z.enum(CHECKER_VERDICTS)).min(1).optional(),
  })
  .strict();

const questionSchema = z
  .object({
    type: z.literal('question'),
    question: text('question', 200),
    help: text('help', 600).optional(),
    /** Shows the token checker under the question; answers with `verdicts` follow its verdict. */
    checker: z.boolean().default(false),
    // An empty list is allowed here so the graph check can name the dead end.
    answers: z.array(answerSchema),
  })
  .strict();

const resolutionSchema = z
  .object({
    type: z.literal('resolution'),
    title: text('title', 140),
    text: text('text', 800),
    guide: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*#[A-Za-z0-9_-]+$/,
        'guide is a guide slug and a section anchor, e.g. "staying-signed-in#what-happens-every-hour"',
      ),
  })
  .strict();

const escalationSchema = z
  .object({
    type: z.literal('escalation'),
    title: text('title', 140),
    text: text('text', 800),
  })
  .strict();

/** One step of a troubleshooter: a question, or an outcome (a resolution or an escalation). */
export const troubleshooterNodeSchema = z.discriminatedUnion('type', [
  questionSchema,
  resolutionSchema,
  escalationSchema,
]);

/**
 * A troubleshooter (`content/troubleshooters/<slug>.yaml`): a symptom, the questions that narrow
 * it down and the outcomes they lead to. The graph rules (every node reachable, no cycle, every
 * leaf an outcome, links to real guide sections) are checked at build by `lib/troubleshooters/graph.ts`.
 */
export const troubleshooterSchema = z
  .object({
    title: text('title', 120),
    description: text('description', 300),
    /** How readers describe the problem; shown on the page and weighted for search. */
    symptoms: z.array(text('a symptom', 120)).min(1, 'give at least one symptom').max(8),
    start: nodeId,
    nodes: z.record(nodeId, troubleshooterNodeSchema),
  })
  .strict();

export type TroubleshooterData = z.infer<typeof troubleshooterSchema>;
export type TroubleshooterNode = z.infer<typeof troubleshooterNodeSchema>;
export type QuestionNode = Extract<TroubleshooterNode, { type: 'question' }>;
export type ResolutionNode = Extract<TroubleshooterNode, { type: 'resolution' }>;
