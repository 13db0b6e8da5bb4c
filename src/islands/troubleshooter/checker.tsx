// Loaded only when a checker question is reached: the checker's shell, told to report its verdict.
import type { CheckerContext } from '../../lib/tokens/links.ts';
import type { CheckerVerdict } from '../../lib/troubleshooters/verdicts.ts';
import TokenChecker from '../token-checker/TokenChecker.tsx';

interface Props {
  context: CheckerContext;
  /** Hears every verdict the checker reaches. */
  onVerdict: (verdict: CheckerVerdict | 'empty') => void;
}

/** The token checker inside a troubleshooter question. */
export default function Checker({ context, onVerdict }: Props) {
  return (
    <section class="tool-frame tc-frame" aria-label="Token checker">
      <TokenChecker context={context} onVerdict={(event) => onVerdict(event.verdict)} />
    </section>
  );
}
