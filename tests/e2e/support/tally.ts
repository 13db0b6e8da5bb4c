import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './admin-token.ts';

/** A guide's votes as the summary API reports them (0/0 before the first vote). */
export async function tally(request: APIRequestContext, guide: string): Promise<{ up: number; down: number }> {
  const response = await request.get('/api/feedback/summary', {
    headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  const guides = (await response.json()).guides as { guide: string; up: number; down: number }[];
  const found = guides.find((g) => g.guide === guide);
  return { up: found?.up ?? 0, down: found?.down ?? 0 };
}

/** A visitor id no earlier run has used. */
export const freshVisitor = () => `visitor-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
