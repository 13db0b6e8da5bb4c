import { VERDICTS, type Verdict } from '../tokens/index.ts';

/** A verdict a checker question can branch on (every verdict but "nothing pasted yet"). */
export type CheckerVerdict = Exclude<Verdict, 'empty'>;

/**
 * The token checker's verdict codes a checker question may branch on: its stable `data-verdict`
 * codes, listed at runtime so a troubleshooter file naming another code fails the build.
 */
export const CHECKER_VERDICTS = VERDICTS.filter((verdict): verdict is CheckerVerdict => verdict !== 'empty') as [
  CheckerVerdict,
  ...CheckerVerdict[],
];
