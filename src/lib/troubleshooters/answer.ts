import { answerRequestSchema, type AnswerRequest } from '../../schemas/troubleshooter-answer.ts';
import type { TroubleshooterData } from '../../schemas/troubleshooter.ts';
import { apiError, type ApiErrorCode } from '../feedback/api-error.ts';
import { decodeBody, type Parsed } from '../feedback/parse-request.ts';
import { isOutcome } from './graph.ts';
import { trailProblem, type TrailProblem } from './walk.ts';

/** The error codes only `POST /api/troubleshooter-answers` gives. */
export type AnswerOwnErrorCode =
  | 'unknown-troubleshooter'
  | 'invalid-path'
  | 'invalid-outcome'
  | 'invalid-event'
  | 'unknown-node'
  | 'path-not-from-start'
  | 'path-not-a-walk'
  | 'outcome-not-terminal'
  | 'outcome-mismatch';

/** The stable error codes of `POST /api/troubleshooter-answers`'s parser. */
export type AnswerErrorCode =
  | Extract<
      ApiErrorCode,
      'unknown-field' | 'invalid-json' | 'invalid-body' | 'unsupported-media-type' | 'invalid-visitor'
    >
  | AnswerOwnErrorCode;

/** The outcome of parsing; `form` says the request came from the no-JavaScript form. Refusals store nothing. */
export type ParsedAnswer = Parsed<AnswerRequest>;

const refuse = (status: number, code: AnswerErrorCode, message: string): ParsedAnswer => ({
  ok: false,
  error: apiError(status, code, message),
});

const FIELD_ERRORS: Record<string, [AnswerErrorCode, string]> = {
  troubleshooter: ['unknown-troubleshooter', 'troubleshooter must be the slug of a troubleshooter on this site.'],
  path: ['invalid-path', 'path must list the node ids from the start to the outcome (at most 100).'],
  outcome: ['invalid-outcome', 'outcome must be the id of the outcome reached.'],
  event: ['invalid-event', 'event must be "reached", "fixed-yes" or "fixed-no".'],
  visitor: ['invalid-visitor', 'visitor must be 8-64 letters, digits, "-" or "_".'],
};

const TRAIL_ERRORS: Record<Exclude<TrailProblem, 'empty'>, [AnswerErrorCode, string]> = {
  'unknown-node': ['unknown-node', 'path names a node this troubleshooter does not have.'],
  'not-from-start': ['path-not-from-start', 'path must begin at the troubleshooter’s first question.'],
  'not-a-walk': ['path-not-a-walk', 'path must follow the answers: each node must be an answer of the one before.'],
};

/**
 * Validates an answer sent to {@link ANSWERS_ENDPOINT} (JSON, or the form encoding where `path`
 * is one "/"-joined string). `find` returns a published troubleshooter by slug. The path must be
 * a real walk from the start ending at `outcome`, and `outcome` must be a resolution or an escalation.
 */
export function parseAnswer(
  contentType: string | null,
  text: string,
  find: (slug: string) => TroubleshooterData | undefined,
): ParsedAnswer {
  const body = decodeBody(contentType, text);
  if (!body.ok) return body;
  const fields = body.value;
  if (body.form && typeof fields.path === 'string') fields.path = fields.path.split('/');
  const result = answerRequestSchema.safeParse(fields);
  if (!result.success) {
    const unknown = result.error.issues.find((issue) => issue.code === 'unrecognized_keys');
    if (unknown && 'keys' in unknown)
      return refuse(400, 'unknown-field', `Unknown field(s): ${unknown.keys.join(', ')}.`);
    const issue = result.error.issues[0]!;
    const [code, message] = FIELD_ERRORS[String(issue.path[0])] ?? ['invalid-body', issue.message];
    return refuse(code === 'unknown-troubleshooter' ? 404 : 400, code, message);
  }
  const answer = result.data;
  const troubleshooter = find(answer.troubleshooter);
  if (!troubleshooter) {
    return refuse(404, 'unknown-troubleshooter', `There is no troubleshooter "${answer.troubleshooter}".`);
  }
  if (!Object.hasOwn(troubleshooter.nodes, answer.outcome)) {
    return refuse(400, 'unknown-node', `outcome "${answer.outcome}" is not a node of this troubleshooter.`);
  }
  if (!isOutcome(troubleshooter.nodes[answer.outcome])) {
    return refuse(400, 'outcome-not-terminal', `"${answer.outcome}" is a question, not a resolution or an escalation.`);
  }
  const problem = trailProblem(troubleshooter, answer.path);
  if (problem && problem !== 'empty') return refuse(400, ...TRAIL_ERRORS[problem]);
  if (answer.path.at(-1) !== answer.outcome) {
    return refuse(400, 'outcome-mismatch', `path must end at the outcome "${answer.outcome}".`);
  }
  return { ok: true, value: answer, form: body.form };
}
