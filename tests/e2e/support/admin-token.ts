/** The dashboard token of the server the suite runs against (set in playwright.config.ts). */
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789';
