// The checker's analysis and everything it shows: loaded the first time a reader focuses or types
// in the field, so a guide that merely contains the checker stays light.
import type { JSX } from 'preact';
import {
  analyzeCredential,
  describeAnalysis,
  describeStripped,
  describeWarning,
  formatLocal,
  formatRelative,
  formatUtc,
  type Analysis,
  type DecodedPart,
  type Tone,
  type Verdict,
} from '../lib/tokens/index.ts';

const CLAIM_LABELS = { iat: 'Issued (iat)', nbf: 'Not before (nbf)', exp: 'Expires (exp)' } as const;

/** What the checker shows for one paste at one moment. */
export interface CheckerView {
  verdict: Verdict;
  tone: Tone;
  /** The verdict in words: goes inside the live region. */
  status: JSX.Element;
  /** Warnings, what was cleaned up, and the decoded token. */
  extra: JSX.Element;
  /** True when the words depend on the clock, so the view must be refreshed every second. */
  timed: boolean;
}

function Json({ label, part }: { label: string; part: DecodedPart }) {
  // A text node, never markup: a claim holding `<img onerror>` is shown, not run.
  return (
    <div class="tc-json">
      <h3>{label}</h3>
      <pre tabIndex={0} aria-label={`${label} (decoded)`}>
        {JSON.stringify(part.json, null, 2)}
      </pre>
    </div>
  );
}

function ClaimTimes({ claims, now }: { claims: Extract<Analysis, { jwt: unknown }>['jwt']['claims']; now: number }) {
  const present = (['iat', 'nbf', 'exp'] as const).filter((c) => claims[c] !== undefined);
  if (present.length === 0) return null;
  const nowSeconds = Math.floor(now / 1000);
  return (
    <table class="tc-claims">
      <caption>Times in the token</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Your time</th>
          <th scope="col">UTC</th>
          <th scope="col">From now</th>
        </tr>
      </thead>
      <tbody>
        {present.map((claim) => (
          <tr key={claim}>
            <th scope="row">{CLAIM_LABELS[claim]}</th>
            <td>{formatLocal(claims[claim]!)}</td>
            <td>{formatUtc(claims[claim]!)}</td>
            <td>{formatRelative(claims[claim]!, nowSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Analyses `input` at `nowMs` and renders the result. */
export function checkerView(input: string, nowMs: number): CheckerView {
  const analysis = analyzeCredential(input, nowMs);
  const description = describeAnalysis(analysis, nowMs);
  const jwt = 'jwt' in analysis ? analysis.jwt : undefined;
  const header = jwt?.header ?? (analysis.verdict === 'jwe' ? analysis.header : undefined);
  return {
    verdict: analysis.verdict,
    tone: description.tone,
    timed: jwt !== undefined && (jwt.claims.exp !== undefined || jwt.claims.nbf !== undefined),
    status: (
      <>
        <p class="tc-headline">{description.headline}</p>
        {description.details.map((detail) => (
          <p key={detail}>{detail}</p>
        ))}
        {description.nextStep && (
          <p class="tc-next">
            <strong>Next step:</strong> {description.nextStep}
          </p>
        )}
      </>
    ),
    extra: (
      <>
        {analysis.warnings.length > 0 && (
          <ul class="tc-warnings" aria-label="Warnings">
            {analysis.warnings.map((warning) => (
              <li key={warning.code}>{describeWarning(warning)}</li>
            ))}
          </ul>
        )}
        {analysis.stripped.length > 0 && (
          <ul class="tc-stripped" aria-label="Cleaned up before checking">
            {analysis.stripped.map((item) => (
              <li key={item.kind}>{describeStripped(item)}</li>
            ))}
          </ul>
        )}
        {header && (
          <div class="tc-decoded">
            {jwt && <ClaimTimes claims={jwt.claims} now={nowMs} />}
            <Json label="Header" part={header} />
            {jwt && <Json label="Payload" part={jwt.payload} />}
          </div>
        )}
      </>
    ),
  };
}
