import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CheckerContext } from '../../lib/tokens/links.ts';
import type { CheckerVerdict } from '../../lib/troubleshooters/verdicts.ts';
import type { QuestionNode } from '../../schemas/troubleshooter.ts';

type Checker = ComponentType<{ context: CheckerContext; onVerdict: (verdict: CheckerVerdict | 'empty') => void }>;
let loading: Promise<Checker> | undefined;
const loadChecker = () => (loading ??= import('./checker.tsx').then((module) => module.default));

interface Props {
  question: QuestionNode;
  /** What the checker shows with its verdicts, from the build. */
  context: CheckerContext;
  /** Renders the link that continues with an answer (an ordinary answer link). */
  answerLink: (next: string, label: string) => preact.JSX.Element;
}

/**
 * A checker question's checker: fetched when the question is shown, and once the pasted value's
 * verdict picks one of the answers, offers to continue with it.
 */
export default function CheckerBranch({ question, context, answerLink }: Props) {
  const [checker, setChecker] = useState<{ Component: Checker } | null>(null);
  const [verdict, setVerdict] = useState<CheckerVerdict | 'empty'>('empty');
  useEffect(() => {
    void loadChecker().then((Component) => setChecker({ Component }));
  }, []);
  const picked = verdict === 'empty' ? undefined : question.answers.find((a) => a.verdicts?.includes(verdict));

  return (
    <div class="ts-checker">
      {checker ? (
        <checker.Component context={context} onVerdict={setVerdict} />
      ) : (
        <p class="ts-loading">Loading the token checker…</p>
      )}
      {picked && (
        <div class="ts-picked">
          <p>
            The checker’s verdict matches: <strong>{picked.label}</strong>
          </p>
          {answerLink(picked.next, 'Continue with this answer')}
        </div>
      )}
    </div>
  );
}
