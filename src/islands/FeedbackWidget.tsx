import { useEffect, useId, useState } from 'preact/hooks';
import { REASON_LABELS } from '../lib/feedback/reason-labels.ts';
import { MAX_COMMENT_LENGTH as MAX_COMMENT, REASONS, type Reason } from '../lib/feedback/types.ts';
import { visitorId } from './visitor-id.ts';
type Vote = 'up' | 'down';

async function send(body: Record<string, string>): Promise<string | undefined> {
  try {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, visitor: visitorId() }),
    });
    if (response.ok) return undefined;
    const answer = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    return answer?.error?.message ?? `The vote was not saved (${response.status}).`;
  } catch {
    return 'The vote was not saved: check your connection and try again.';
  }
}

/**
 * "Was this guide helpful?" Without JavaScript it is a plain form that posts to the API and comes
 * back to the guide; hydrated, it sends JSON, remembers the vote in this browser and lets it change.
 */
export default function FeedbackWidget({ guide }: { guide: string }) {
  const id = useId();
  const storageKey = `tl-feedback:${guide}`;
  const [enhanced, setEnhanced] = useState(false);
  const [vote, setVote] = useState<Vote | null>(null);
  const [reason, setReason] = useState<Reason | null>(null);
  const [comment, setComment] = useState('');
  const [stage, setStage] = useState<'ask' | 'why' | 'done'>('ask');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setEnhanced(true);
    const saved = localStorage.getItem(storageKey);
    if (saved === 'up' || saved === 'down') {
      setVote(saved);
      setStage('done');
      setStatus(`You said this guide ${saved === 'up' ? 'helped' : 'did not help'}. You can change your answer.`);
    }
  }, [storageKey]);

  const submit = async (next: Vote, extra: Record<string, string> = {}) => {
    setBusy(true);
    const error = await send({ guide, vote: next, ...extra });
    setBusy(false);
    if (error) {
      setStatus(error);
      return false;
    }
    localStorage.setItem(storageKey, next);
    setVote(next);
    return true;
  };

  const choose = async (next: Vote) => {
    if (!(await submit(next))) return;
    setReason(null);
    if (next === 'up') {
      setStage('done');
      setStatus('Thanks for your feedback! Glad it helped.');
    } else {
      setStage('why');
      setStatus('Thanks. What went wrong? Pick a reason so we can fix it.');
    }
  };

  const sendWhy = async (event: Event) => {
    event.preventDefault();
    const extra: Record<string, string> = {};
    if (reason) extra.reason = reason;
    if (comment.trim()) extra.comment = comment.trim();
    if (!(await submit('down', extra))) return;
    setStage('done');
    setStatus('Thanks for telling us. We read every answer and use it to improve this guide.');
  };

  const voteButton = (value: Vote, label: string) => (
    <button
      type={enhanced ? 'button' : 'submit'}
      name="vote"
      value={value}
      class="button fb-vote"
      aria-pressed={enhanced ? vote === value : undefined}
      disabled={busy}
      onClick={enhanced ? () => void choose(value) : undefined}
    >
      {label}
    </button>
  );

  return (
    <section class="feedback" id="feedback" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <form method="post" action="/api/feedback" onSubmit={enhanced ? sendWhy : undefined}>
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
                    aria-pressed={reason === value}
                    onClick={() => setReason(reason === value ? null : value)}
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
              value={enhanced ? comment : undefined}
              onInput={(event) => setComment(event.currentTarget.value)}
              aria-describedby={`${id}-count`}
            />
            <p class="fb-count" id={`${id}-count`}>
              {enhanced ? `${MAX_COMMENT - comment.length} characters left` : `Up to ${MAX_COMMENT} characters`}
            </p>
            {enhanced && (
              <button type="submit" class="button fb-send" disabled={busy}>
                Send feedback
              </button>
            )}
          </fieldset>
        )}
      </form>
      <p class="fb-status" role="status">
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
