import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CheckerContext } from '../../lib/tokens/links.ts';
import { MAX_INPUT_LENGTH } from '../../lib/tokens/limits.ts';
import { EMPTY_HEADLINE, WHAT_OURS_LOOK_LIKE } from '../../lib/tokens/prompt.ts';
import type { Verdict } from '../../lib/tokens/analyze.ts';
import type { checkerView } from './token-checker-view.tsx';

type View = typeof checkerView;
let loading: Promise<View> | undefined;
const loadView = () => (loading ??= import('./token-checker-view.tsx').then((module) => module.checkerView));

/** What the checker concluded, for a page that embeds it and branches on the answer. */
export interface VerdictEvent {
  /** The stable verdict code, as `data-verdict` shows it. */
  verdict: Verdict | 'empty';
  /** The error code the paste names, as `data-error-code` shows it. */
  errorCode?: string | undefined;
}

/** Props of the token checker island. */
export interface TokenCheckerProps {
  /** Guide titles, error codes and the app's address, from `tokenCheckerContext()` at build time. */
  context: CheckerContext;
  /** Level of the result's headings: 3 inside a guide section, 2 right under a page's h1. */
  headingLevel?: 2 | 3;
  /** Called whenever the verdict changes (not on every countdown tick). */
  onVerdict?: (event: VerdictEvent) => void;
}

/**
 * The token checker: paste a session token or API key (or the error a request got), get a verdict
 * and the guide that fixes it. Everything happens in this browser: nothing is fetched (beyond the
 * checker's own code), sent or stored.
 */
export default function TokenChecker({ context, headingLevel = 3, onVerdict }: TokenCheckerProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [input, setInput] = useState('');
  const [view, setView] = useState<{ render: View } | null>(null);
  const [, setTick] = useState(0);
  const result = view?.render(input, Date.now(), context, headingLevel);
  const timed = result?.timed ?? false;
  const prepare = () => {
    if (!view) void loadView().then((render) => setView({ render }));
  };

  useEffect(() => {
    // A reader may paste before the island hydrates: pick up what is already in the field.
    const pasted = field.current?.value ?? '';
    if (pasted !== '') {
      prepare();
      setInput(pasted);
    }
  }, []);

  useEffect(() => {
    if (!timed) return undefined;
    // Re-render every second: a countdown that moves, and a token that expires while shown flips.
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, [timed]);

  const clear = () => {
    if (field.current) field.current.value = '';
    setInput('');
    field.current?.focus();
  };
  const verdict = result?.verdict ?? (input === '' ? 'empty' : 'checking');
  const errorCode = result?.errorCode;

  useEffect(() => {
    if (verdict !== 'checking') onVerdict?.({ verdict, errorCode });
  }, [verdict, errorCode]);

  return (
    <div class="token-checker">
      <p class="tc-privacy">
        <strong>Your token never leaves this browser.</strong> The checker decodes it here, sends and stores nothing,
        and cannot verify signatures (it has no secret).
      </p>
      <label class="tc-label" for={`${id}-input`}>
        Paste a token or API key
      </label>
      {/* Uncontrolled: writing a 5 MB value back into the field on every render would stall the page. */}
      <textarea
        ref={field}
        id={`${id}-input`}
        class="tc-input"
        rows={4}
        autocomplete="off"
        spellcheck={false}
        autocapitalize="off"
        autocorrect="off"
        data-gramm="false"
        placeholder="eyJhbGciOi… or lfk_sk_…"
        onFocus={prepare}
        onPointerEnter={prepare}
        onInput={(event) => {
          prepare();
          const value = event.currentTarget.value;
          // Laying out megabytes of text stalls the browser for a second or more; the verdict
          // needs only the length, so the field is emptied before the next frame.
          if (value.length > MAX_INPUT_LENGTH) event.currentTarget.value = '';
          setInput(value);
        }}
      />
      <div class="tc-actions">
        <button type="button" class="button tc-clear" onClick={clear} disabled={input === ''}>
          Clear
        </button>
      </div>
      <div
        class={`tc-result tone-${result?.tone ?? 'neutral'}`}
        role="status"
        data-verdict={verdict}
        data-error-code={errorCode}
      >
        {result ? (
          result.status
        ) : (
          <>
            <p class="tc-headline">{input === '' ? EMPTY_HEADLINE : 'Checking…'}</p>
            {input === '' && <p>{WHAT_OURS_LOOK_LIKE}</p>}
          </>
        )}
      </div>
      {result?.extra}
    </div>
  );
}
