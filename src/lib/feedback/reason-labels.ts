import type { Reason } from './types.ts';

/** How each reason reads to a reader and to content owners. */
export const REASON_LABELS: Readonly<Record<Reason, string>> = {
  inaccurate: 'Inaccurate',
  'did-not-solve': 'Didn’t solve my problem',
  'hard-to-follow': 'Hard to follow',
  'missing-information': 'Missing information',
  other: 'Other',
};
