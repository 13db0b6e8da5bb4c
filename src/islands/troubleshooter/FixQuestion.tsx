import { useEffect, useId, useState } from 'preact/hooks';
import type { AnswerEvent } from '../../schemas/troubleshooter-answer.ts';
import { ANSWER_THANKS_ID, ANSWERS_ENDPOINT } from '../../lib/troubleshooters/url.ts';
import { sendAnswer } from './send-answer.ts';

interface Props {
  slug: string;
  /** Node ids from the start to this outcome. */
  trail: readonly string[];
  enhanced: boolean;
  /** Support, with the reader's answers filled in: offered when the fix did not work. */
  supportHref: string;
  /** Where "start over" goes. */
  startHref: string;
}

// One "reached" per path and page: stepping back and forth must not count a reader twice.
const reported = new Set<string>();

/**
 * "Did this fix it?" under an outcome. Hydrated, it reports reaching the outcome and the answer as
 * JSON; without JavaScript it is a form that posts to the API and comes back to this outcome.
 */
export default function FixQuestion({ slug, trail, enhanced, supportHref, startHref }: Props) {
  const id = useId();
  const key = `${slug}/${trail.join('/')}`;
  const [said, setSaid] = useState<AnswerEvent | null>(null);
  const [saved, setSaved] = useState(true);

  useEffect(() => {
    setSaid(null);
    if (!enhanced || reported.has(key)) return;
    reported.add(key);
    void sendAnswer(slug, trail, 'reached');
  }, [key, enhanced]);

  const answer = async (event: AnswerEvent) => {
    setSaid(event);
    setSaved(await sendAnswer(slug, trail, event));
  };

  return (
    <form class="ts-fixed" method="post" action={ANSWERS_ENDPOINT} aria-labelledby={`${id}-q`}>
      <input type="hidden" name="troubleshooter" value={slug} />
      <input type="hidden" name="path" value={trail.join('/')} />
      <input type="hidden" name="outcome" value={trail.at(-1)} />
      <p class="ts-fixed-q" id={`${id}-q`}>
        Did this fix it?
      </p>
      <div class="ts-fixed-buttons">
        {(['fixed-yes', 'fixed-no'] as const).map((event) => (
          <button
            key={event}
            type={enhanced ? 'button' : 'submit'}
            name="event"
            value={event}
            class="button"
            aria-pressed={enhanced ? said === event : undefined}
            onClick={enhanced ? () => void answer(event) : undefined}
          >
            {event === 'fixed-yes' ? 'Yes' : 'No'}
          </button>
        ))}
      </div>
      <div role="status" class="ts-fixed-status">
        {said === 'fixed-yes' && <p>Thanks for telling us! Glad it is fixed.</p>}
        {said === 'fixed-no' && (
          <p>
            Thanks for telling us, and sorry it did not fix it. <a href={supportHref}>Contact support</a> with your
            answers filled in, or <a href={startHref}>start over</a>.
          </p>
        )}
        {said && !saved && (
          <p class="ts-unsaved">Your answer could not be saved just now, but thank you all the same.</p>
        )}
      </div>
      {!enhanced && (
        <p class="ts-thanks" id={ANSWER_THANKS_ID} tabIndex={-1}>
          Thanks for your answer! If it did not fix it, <a href={supportHref}>contact support</a>.
        </p>
      )}
    </form>
  );
}
