import { describe, expect, it } from 'vitest';
import { troubleshooterReports, type AnswerRow } from '../../../src/lib/troubleshooters/report.ts';

let clock = 0;
const row = (visitor: string, path: string, event: AnswerRow['event'], troubleshooter = 'sample'): AnswerRow => {
  const nodes = path.split('/');
  return { troubleshooter, visitor, path: nodes, outcome: nodes.at(-1)!, event, at: new Date(++clock * 1000) };
};

describe('troubleshooterReports', () => {
  it('is empty without answers', () => {
    expect(troubleshooterReports([])).toEqual([]);
  });

  it('counts readers per outcome and their latest fix answer', () => {
    const [report] = troubleshooterReports([
      row('v1', 'when/fixed', 'reached'),
      row('v1', 'when/fixed', 'fixed-no'),
      row('v1', 'when/fixed', 'fixed-yes'),
      row('v2', 'when/fixed', 'reached'),
      row('v2', 'when/fixed', 'fixed-no'),
      row('v3', 'when/paste/fixed', 'reached'),
      row('v4', 'when/paste/support', 'reached'),
      row('v4', 'when/paste/support', 'reached'),
    ]);
    expect(report!.readers).toBe(4);
    expect(report!.outcomes).toEqual([
      { outcome: 'fixed', readers: 3, fixedYes: 1, fixedNo: 1 },
      { outcome: 'support', readers: 1, fixedYes: 0, fixedNo: 0 },
    ]);
  });

  it('ranks the paths most often unresolved and abandoned', () => {
    const [report] = troubleshooterReports([
      row('v1', 'when/fixed', 'fixed-no'),
      row('v2', 'when/fixed', 'fixed-no'),
      row('v3', 'when/paste/fixed', 'fixed-no'),
      row('v4', 'when/paste/fixed', 'fixed-yes'),
      row('v5', 'when/paste/support', 'reached'),
      row('v6', 'when/paste/support', 'reached'),
      row('v7', 'when/fixed', 'reached'),
    ]);
    expect(report!.unresolved).toEqual([
      { path: ['when', 'fixed'], readers: 2 },
      { path: ['when', 'paste', 'fixed'], readers: 1 },
    ]);
    expect(report!.abandoned).toEqual([
      { path: ['when', 'paste', 'support'], readers: 2 },
      { path: ['when', 'fixed'], readers: 1 },
    ]);
  });

  it('an older answer arriving late does not replace a newer one; reaching again keeps the answer', () => {
    const newer = row('v1', 'when/fixed', 'fixed-yes');
    const older = { ...row('v1', 'when/fixed', 'fixed-no'), at: new Date(0) };
    const [report] = troubleshooterReports([newer, older, row('v1', 'when/fixed', 'reached')]);
    expect(report!.outcomes).toEqual([{ outcome: 'fixed', readers: 1, fixedYes: 1, fixedNo: 0 }]);
    expect(report!.abandoned).toEqual([]);
  });

  it('keeps troubleshooters apart, by slug, and limits the paths listed', () => {
    const rows = ['a', 'b', 'c'].map((step, index) => row(`v${index}`, `when/${step}`, 'reached', 'zeta'));
    const reports = troubleshooterReports([...rows, row('v9', 'when/fixed', 'fixed-no', 'alpha')], 2);
    expect(reports.map((report) => report.troubleshooter)).toEqual(['alpha', 'zeta']);
    expect(reports[1]!.abandoned).toHaveLength(2);
    expect(reports[0]!.abandoned).toEqual([]);
  });
});
