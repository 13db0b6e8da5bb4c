// Loaded only when a checker question is reached: the checker's shell, told to report its verdict.
import type { CheckerVerdict } from '../../lib/troubleshooters/verdicts.ts';
import TokenChecker from '../TokenChecker.tsx';

/** The token checker inside a troubleshooter question; `onVerdict` hears every verdict it reaches. */
export default function Checker({ onVerdict }: { onVerdict: (verdict: CheckerVerdict | 'empty') => void }) {
  return (
    <section class="tc-frame" aria-label="Token checker">
      <TokenChecker onVerdict={onVerdict} />
    </section>
  );
}
