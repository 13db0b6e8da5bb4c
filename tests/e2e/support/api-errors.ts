import { expect, type APIResponse } from '@playwright/test';

/** A request the API must refuse: its name, how to send it, the status and error code expected. */
export type RefusalCase = [name: string, send: () => Promise<APIResponse>, status: number, code: string];

/** Sends each case and checks the one error shape: its status, its code and a real message. */
export async function expectRefusals(cases: readonly RefusalCase[]): Promise<void> {
  for (const [name, send, status, code] of cases) {
    const response = await send();
    expect(response.status(), name).toBe(status);
    const body = await response.json();
    expect(body.error.code, name).toBe(code);
    expect(body.error.message.length, name).toBeGreaterThan(10);
  }
}
