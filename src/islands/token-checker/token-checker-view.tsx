// The checker's analysis and everything it shows: loaded the first time a reader focuses or types
// in the field, so a guide that merely contains the checker stays light.
import { Fragment, type JSX } from 'preact';
import {
  analyzeCredential,
  API_KEYS_PATH,
  describeAnalysis,
  describeStripped,
  describeWarning,
  formatLocal,
  formatRelative,
  formatUtc,
  linkHref,
  type Analysis,
  type CheckerContext,
  type CheckerLink,
  type DecodedPart,
  type Tone,
  type Verdict,
} from '../../lib/tokens/index.ts';

const CLAIM_LABELS = { iat: 'Issued (iat)', nbf: 'Not before (nbf)', exp: 'Expires (exp)' } as const;

/** What the checker shows for one paste at one moment. */
export interface CheckerView {
  verdict: Verdict;
  tone: Tone;
  /** The error code the paste names, for `data-error-code`. */
  errorCode: string | undefined;
  /** The verdict in words, its warnings and the links to the fix: goes inside the live region. */
  status: JSX.Element;
  /** What was cleaned up, and the decoded token. */
  extra: JSX.Element;
  /** True when the words depend on the clock, so the view must be refreshed every second. */
  timed: boolean;
}

/** Text with the app's API-keys path kept whole: it never wraps at its hyphen. */
function Words({ text }: { text: string }) {
  const pieces = text.split(API_KEYS_PATH);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <code class="tc-path">{API_KEYS_PATH}</code>}
          {piece}
        </Fragment>
      ))}
    </>
  );
}

function LinkItem({ link, context }: { link: CheckerLink; context: CheckerContext }) {
  const href = linkHref(link, context.appUrl);
  switch (link.kind) {
    case 'guide':
      return (
        <li>
          Guide: <a href={href}>{context.guideTitles[link.slug] ?? link.slug}</a>
        </li>
      );
    case 'app':
      return (
        <li>
          In the app:{' '}
          <a href={href}>
            <code class="tc-path">{link.path}</code>
          </a>
        </li>
      );
    case 'search':
      return (
        <li>
          <a href={href}>Search the help center for “{link.query}”</a>
        </li>
      );
  }
}

function Json({ label, part, level }: { label: string; part: DecodedPart; level: 2 | 3 }) {
  const Heading = `h${level}` as 'h2' | 'h3';
  // A text node, never markup: a claim holding `<img onerror>` is shown, not run.
  return (
    <div class="tc-json">
      <Heading>{label}</Heading>
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
            <td data-label="Your time">{formatLocal(claims[claim]!)}</td>
            <td data-label="UTC">{formatUtc(claims[claim]!)}</td>
            <td data-label="From now">{formatRelative(claims[claim]!, nowSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Analyses `input` at `nowMs` and renders the result, its links built from `context`. */
export function checkerView(input: string, nowMs: number, context: CheckerContext, headingLevel: 2 | 3): CheckerView {
  const analysis = analyzeCredential(input, nowMs, { errorCodes: context.errorCodes });
  const description = describeAnalysis(analysis, nowMs);
  const jwt = 'jwt' in analysis ? analysis.jwt : undefined;
  const header = jwt?.header ?? (analysis.verdict === 'jwe' ? analysis.header : undefined);
  // An unsigned token's warning is already the headline.
  const warnings = analysis.warnings.filter((warning) => warning.code !== 'alg-none');
  return {
    verdict: analysis.verdict,
    tone: description.tone,
    errorCode: analysis.errorCode,
    timed: jwt !== undefined && (jwt.claims.exp !== undefined || jwt.claims.nbf !== undefined),
    status: (
      <>
        <p class="tc-headline">{description.headline}</p>
        {description.details.map((detail) => (
          <p key={detail}>
            <Words text={detail} />
          </p>
        ))}
        {warnings.length > 0 && (
          <ul class="tc-warnings" aria-label="Warnings">
            {warnings.map((warning, i) => (
              <li key={i}>{describeWarning(warning)}</li>
            ))}
          </ul>
        )}
        {description.nextStep && (
          <p class="tc-next">
            <strong>Next step:</strong> <Words text={description.nextStep} />
          </p>
        )}
        {description.links.length > 0 && (
          <ul class="tc-links" aria-label="Where to fix it">
            {description.links.map((link, i) => (
              <LinkItem key={i} link={link} context={context} />
            ))}
          </ul>
        )}
      </>
    ),
    extra: (
      <>
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
            <Json label="Header" part={header} level={headingLevel} />
            {jwt && <Json label="Payload" part={jwt.payload} level={headingLevel} />}
          </div>
        )}
      </>
    ),
  };
}
