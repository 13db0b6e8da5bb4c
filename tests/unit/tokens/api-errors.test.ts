import { describe, expect, it } from 'vitest';
import { errorCodeRegistry } from '../../../src/lib/content/error-codes.ts';
import { findError } from '../../../src/lib/tokens/index.ts';

const find = (text: string) => {
  const found = findError(text, errorCodeRegistry);
  return found && { code: found.code, documented: found.entry !== undefined, status: found.status };
};

describe('the error a paste names', () => {
  it.each([
    ['a JSON error body', '{"error":{"code":"SESSION_EXPIRED"}}', { code: 'SESSION_EXPIRED', documented: true }],
    [
      'a status line and a body',
      'HTTP/1.1 401 Unauthorized\n\nSESSION_EXPIRED',
      { code: 'SESSION_EXPIRED', status: 401 },
    ],
    ['a log line in lower case', 'status=401 error=session_expired', { code: 'SESSION_EXPIRED', status: 401 }],
    [
      'an unknown code in an error body',
      '{"error":{"code":"TOKEN_REVOKED"}}',
      { code: 'TOKEN_REVOKED', documented: false },
    ],
    ['an unknown code alone', 'INVALID_API_KEY', { code: 'INVALID_API_KEY', documented: false }],
    ['a status without a code', 'HTTP/2 403', { code: undefined, status: 403 }],
    ['axios words', 'Request failed with status code 401', { code: undefined, status: 401 }],
  ])('%s', (_name, text, expected) => {
    expect(find(text)).toMatchObject(expected);
  });

  it.each([
    ['a variable being set', 'export TRUST_LEADS_API_KEY=lfk_sk_x'],
    ['a variable being read', 'curl -H "Authorization: Bearer $TRUST_LEADS_API_KEY" failed'],
    ['a YAML key', 'error_handling:\n  RETRY_COUNT: 3'],
    ['UPPER_SNAKE words with no error about them', 'MAX_RETRIES is 3'],
    ['a plain sentence', 'my session ended'],
  ])('not for %s', (_name, text) => {
    expect(find(text)).toBeUndefined();
  });
});
