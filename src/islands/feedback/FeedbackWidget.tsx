import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { REASON_LABELS } from '../../lib/feedback/reason-labels.ts';
import { MAX_COMMENT_LENGTH as MAX_COMMENT, REASONS, type Reason } from '../../lib/feedback/types.ts';
import { answerBody, readSavedAnswer, type SavedAnswer, type Vote } from './saved-answer.ts';
import './feedback.css';

async function send(body: Record<string, string>): Promise<string | undefined> {
  try {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // No visitor id in the body: the server's visitor cookie names this browser, for this
      // request and for the no-JavaScript form alike, so a reader is one visitor either way.
      body: JSON.stringify(body),
    });
    if (response.ok) return undefined;
    const answer = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    return answer?.error?.message ?? `Your answer was not saved (${response.status}).`;
  } catch {
    return 'Your answer was not saved: check your connection and try again.';
  }
}

function reloadedStatus(saved: SavedAnswer): string {
  if (saved.vote === 'up') return 'You said this guide helped. You can change your answer.';
  const why = saved.reason ? ` (${REASON_LABELS[saved.reason]})` : '';
  return `You said this guide did not help${why}. You can change your answer.`;
}

/**
 * "Was this guide helpful?" Without JavaScript it is a plain form that posts to the API and comes
 * back to the guide showing only the thanks. Hydrated, every step is saved as it is taken: the
 * vote, then the reason the moment it is chosen, then the comment on "Send feedback"; what was
 * said survives a reload and a change of vote, and focus lands on the status after each step.
 */
export default function FeedbackWidget({ guide }: { guide: string }) {
  const id = useId();
  const storageKey = `tl-feedback:${guide}`;
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [saved, setSaved] = useState<SavedAnswer | null>(null);
  const [draft, setDraft] = useState('');
  const [stage, setStage] = useState<'ask' | 'why' | 'done'>('ask');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setEnhanced(true);
    const restored = readSavedAnswer(localStorage.getItem(storageKey));
    if (!restored) return;
    setSaved(restored);
    setDraft(restored.comment ?? '');
    setStage(restored.vote === 'down' ? 'why' : 'done');
    setStatus(reloadedStatus(restored));
  }, [storageKey]);

  const announce = (message: string) => {
    setStatus(message);
    // After the step's own control may have gone, focus the answer rather than letting it fall to <body>.
    queueMicrotask(() => statusRef.current?.focus());
  };

  const save = async (next: SavedAnswer): Promise<boolean> => {
    setBusy(true);
    const error = await send(answerBody(guide, next));
    setBusy(false);
    if (error) {
      announce(error);
      return false;
    }
    localStorage.setItem(storageKey, JSON.stringify(next));
    setSaved(next);
    return true;
  };

  const choose = async (vote: Vote) => {
    // The earlier reason and comment stay with the answer; only the vote changes.
    if (!(await save({ ...saved, vote }))) return;
    if (vote === 'up') {
      setStage('done');
      announce('Thanks for your feedback! Glad it helped.');
    } else {
      setStage('why');
      announce('Thanks. What went wrong? Choosing a reason saves it.');
    }
  };

  const chooseReason = async (reason: Reason) => {
    const next = saved?.reason === reason ? undefined : reason;
    if (!(await save({ ...saved, vote: 'down', reason: next }))) return;
    announce(
      next
        ? `Saved: ${REASON_LABELS[next]}. Add a comment if you like, then press Send feedback.`
        : 'Reason cleared. Choose another, or add a comment and press Send feedback.',
    );
  };

  const sendComment = async (event: Event) => {
    event.preventDefault();
    const comment = draft.trim();
    if (!(await save({ ...saved, vote: 'down', comment: comment || undefined }))) return;
    setStage('done');
    announce('Thanks for telling us. We use every answer to improve this guide.');
  };

  const voteButton = (value: Vote, label: string) => (
    <button
      type={enhanced ? 'button' : 'submit'}
      name="vote"
      value={value}
      class="button fb-vote"
      aria-pressed={enhanced ? saved?.vote === value : undefined}
      disabled={busy}
      onClick={enhanced ? () => void choose(value) : undefined}
    >
      {label}
    </button>
  );

  return (
    <section class="feedback" id="feedback" aria-labelledby={`${id}-title`} data-search-ignore>
      <form method="post" action="/api/feedback" onSubmit={enhanced ? sendComment : undefined}>
        <input type="hidden" name="guide" value={guide} />
        <h2 id={`${id}-title`}>Was this guide helpful?</h2>
        <div class="fb-votes">
          {voteButton('up', 'Yes')}
          {voteButton('down', 'No')}
        </div>
        {(!enhanced || stage === 'why') && (
          <fieldset class="fb-why">
            <legend>{enhanced ? 'What went wrong?' : 'If not, tell us why (optional), then press No'}</legend>
            <div class="fb-reasons">
              {REASONS.map((value) =>
                enhanced ? (
                  <button
                    type="button"
                    key={value}
                    class="button fb-reason"
                    aria-pressed={saved?.reason === value}
                    disabled={busy}
                    onClick={() => void chooseReason(value)}
                  >
                    {REASON_LABELS[value]}
                  </button>
                ) : (
                  <label key={value} class="button fb-reason">
                    <input type="radio" name="reason" value={value} /> {REASON_LABELS[value]}
                  </label>
                ),
              )}
            </div>
            <label class="fb-comment-label" for={`${id}-comment`}>
              Anything else? (optional)
            </label>
            <textarea
              id={`${id}-comment`}
              name="comment"
              rows={3}
              maxLength={MAX_COMMENT}
              value={enhanced ? draft : undefined}
              onInput={(event) => setDraft(event.currentTarget.value)}
              aria-describedby={`${id}-count`}
            />
            <p class="fb-count" id={`${id}-count`}>
              {enhanced ? `${MAX_COMMENT - draft.length} characters left` : `Up to ${MAX_COMMENT} characters`}
            </p>
            {enhanced && (
              <button type="submit" class="button fb-send" disabled={busy}>
                Send feedback
              </button>
            )}
          </fieldset>
        )}
      </form>
      <p class="fb-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {!enhanced && (
        <p class="fb-thanks" id="feedback-thanks" tabIndex={-1}>
          Thanks for your feedback!
        </p>
      )}
    </section>
  );
}
