import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { escalationHref } from '../../lib/troubleshooters/escalation.ts';
import { EMBEDDED_PARAM, stepsFromPathname, stepsFromQuery, trailHref } from '../../lib/troubleshooters/url.ts';
import type { TroubleshooterView } from '../../lib/troubleshooters/view.ts';
import { answersAlong, progress, stepTitle, trailProblem } from '../../lib/troubleshooters/walk.ts';
import CheckerBranch from './CheckerBranch.tsx';
import FixQuestion from './FixQuestion.tsx';

interface Props {
  view: TroubleshooterView;
  /** Node ids from the start to the node this page shows. */
  trail: string[];
  /** In a guide: the state goes in the query string, links lead to the troubleshooter's own pages. */
  embedded?: boolean;
}

/**
 * A guided troubleshooter: one question at a time, the answers so far as a trail to step back
 * through, and the fix at the end. Every step is a real page (a link works without JavaScript);
 * hydrated, it walks in place, keeps the step in the address, and moves focus to each new step.
 */
export default function Troubleshooter({ view, trail: initial, embedded = false }: Props) {
  const { slug, data, links } = view;
  const id = useId();
  const [trail, setTrail] = useState(initial);
  const [enhanced, setEnhanced] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const valid = (steps: string[]) => {
    const candidate = [data.start, ...steps];
    return trailProblem(data, candidate) ? [data.start] : candidate;
  };
  const stateUrl = (next: readonly string[]) =>
    embedded
      ? `?${new URLSearchParams({ [EMBEDDED_PARAM]: [slug, ...next.slice(1)].join('/') })}`
      : trailHref(slug, next);
  const show = (next: string[]) => {
    moved.current = true;
    setTrail(next);
  };

  useEffect(() => {
    setEnhanced(true);
    const fromAddress = () =>
      embedded
        ? valid(stepsFromQuery(location.search, slug))
        : valid(stepsFromPathname(location.pathname)?.steps ?? []);
    if (embedded) setTrail(fromAddress());
    const onPop = () => show(fromAddress());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    // On its own pages the title names the step, as the prerendered page of that step does.
    if (!embedded) {
      const site = document.title.slice(document.title.lastIndexOf(' · '));
      document.title = `${stepTitle(data, trail)}${site}`;
    }
  }, [trail]);

  const link = (next: string[], label: preact.ComponentChildren, className = 'ts-answer') => (
    <a
      class={className}
      href={trailHref(slug, next)}
      onClick={(event) => {
        if (!enhanced || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        history.pushState(null, '', stateUrl(next));
        show(next);
      }}
    >
      {label}
    </a>
  );

  const here = trail.at(-1)!;
  const node = data.nodes[here]!;
  const answers = answersAlong(data, trail);
  const { question, mostQuestions, done } = progress(data, trail);
  const supportHref = escalationHref(
    view.supportUrl,
    data.title,
    answers,
    new URL(trailHref(slug, trail), view.siteUrl).href,
  );
  const headingProps = { id: `${id}-step`, ref: heading, tabIndex: -1, class: 'ts-heading' };

  return (
    <div class="troubleshooter" data-node={here} data-enhanced={enhanced ? '' : undefined}>
      {trail.length > 1 && (
        <nav class="ts-trail" aria-label="Your answers">
          <ol>
            {answers.map((step, index) => (
              <li key={trail[index]}>
                {link(
                  trail.slice(0, index + 1),
                  <>
                    <span class="ts-trail-q">{step.question}</span> <span class="ts-trail-a">{step.answer}</span>
                  </>,
                  'ts-trail-link',
                )}
              </li>
            ))}
          </ol>
          {link([data.start], 'Start over', 'ts-restart')}
        </nav>
      )}
      <p class="ts-progress" role="status">
        {done
          ? `Answer found after ${question} ${question === 1 ? 'question' : 'questions'}`
          : `Question ${question} of up to ${mostQuestions}`}
      </p>
      <section class={`ts-step ts-${node.type}`} aria-labelledby={`${id}-step`}>
        {node.type === 'question' ? (
          <>
            <h2 {...headingProps}>{node.question}</h2>
            {node.help && <p class="ts-help">{node.help}</p>}
            {node.checker &&
              (enhanced ? (
                <CheckerBranch
                  question={node}
                  context={view.checker}
                  answerLink={(next, label) => link([...trail, next], label, 'button ts-continue')}
                />
              ) : (
                <p class="ts-help">With JavaScript on, the token checker can pick the answer for you.</p>
              ))}
            <ul class="ts-answers">
              {node.answers.map((answer) => (
                <li key={answer.next}>{link([...trail, answer.next], answer.label)}</li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <h2 {...headingProps}>{node.title}</h2>
            <p>{node.text}</p>
            {node.type === 'resolution' ? (
              <p class="ts-read">
                <a class="button" href={links[here]!.href}>
                  Read: {links[here]!.section}
                </a>{' '}
                <span class="ts-read-guide">in {links[here]!.guide}</span>
              </p>
            ) : (
              <p class="ts-read">
                <a class="button" href={supportHref}>
                  Contact support
                </a>
              </p>
            )}
            <FixQuestion
              slug={slug}
              trail={trail}
              enhanced={enhanced}
              supportHref={supportHref}
              startHref={trailHref(slug, [data.start])}
            />
          </>
        )}
      </section>
    </div>
  );
}
