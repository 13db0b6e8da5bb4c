import type { AnswerEvent } from '../../schemas/troubleshooter-answer.ts';
import { ANSWERS_ENDPOINT } from '../../lib/troubleshooters/url.ts';

/**
 * Sends a reader's answer at an outcome. The server names the reader by its visitor cookie, which
 * this same-origin request carries, as votes do. Resolves true when it was stored; false when the server
 * refused it, is not there, or the network failed: the reader is thanked either way.
 */
export async function sendAnswer(
  troubleshooter: string,
  path: readonly string[],
  event: AnswerEvent,
): Promise<boolean> {
  try {
    const response = await fetch(ANSWERS_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ troubleshooter, path, outcome: path.at(-1), event }),
    });
    return response.ok;
  } catch {
    return false;
  }
}
