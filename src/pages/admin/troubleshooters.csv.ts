import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/feedback/csv.ts';
import { troubleshooterReports, type PathCount } from '../../lib/troubleshooters/report.ts';
import { requireAdmin } from '../../server/admin/access.ts';
import { csvResponse } from './_csv.ts';

export const prerender = false;

const HEADER = [
  'troubleshooter',
  'row',
  'outcome',
  'outcome_title',
  'path',
  'steps',
  'readers',
  'fixed_yes',
  'fixed_no',
];

const pathRow = (slug: string, row: 'unresolved' | 'abandoned', p: PathCount) => [
  slug,
  row,
  p.path.at(-1),
  p.outcome,
  p.path.join('/'),
  p.steps.map((step) => `${step.question} → ${step.answer}`).join(' | '),
  p.readers,
  '',
  '',
];

/**
 * `GET /admin/troubleshooters.csv`: per troubleshooter, one `outcome` row per outcome (readers and
 * fix answers, zeros included), then every path readers left `unresolved` or `abandoned`, most first.
 */
export const GET: APIRoute = async ({ request, cookies, locals }) => {
  const { server, client } = locals;
  await requireAdmin(request, cookies, server, client);
  const reports = troubleshooterReports(await server.store.answerTotals(), server.troubleshooters, Infinity);
  const rows = reports.flatMap((report) => [
    ...report.outcomes.map((o) => [
      report.troubleshooter,
      'outcome',
      o.outcome,
      o.title,
      '',
      '',
      o.readers,
      o.fixedYes,
      o.fixedNo,
    ]),
    ...report.unresolved.map((p) => pathRow(report.troubleshooter, 'unresolved', p)),
    ...report.abandoned.map((p) => pathRow(report.troubleshooter, 'abandoned', p)),
  ]);
  return csvResponse(toCsv(HEADER, rows), 'troubleshooter-answers');
};
