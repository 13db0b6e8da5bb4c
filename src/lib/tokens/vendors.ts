/** A credential format of another service, recognised so the reader is told it is not ours. */
export interface VendorFormat {
  vendor: string;
  /** What kind of credential it is, e.g. "personal access token". */
  kind: string;
  pattern: RegExp;
}

// Prefixes as the vendors document them. Order matters where prefixes overlap (`sk-ant-` before `sk-`).
export const VENDOR_FORMATS: readonly VendorFormat[] = [
  { vendor: 'GitHub', kind: 'personal access token', pattern: /^(?:ghp|github_pat)_[A-Za-z0-9_]{20,}$/ },
  { vendor: 'GitHub', kind: 'OAuth or app token', pattern: /^gh[osur]_[A-Za-z0-9]{20,}$/ },
  { vendor: 'GitLab', kind: 'personal access token', pattern: /^glpat-[A-Za-z0-9_-]{20,}$/ },
  { vendor: 'Stripe', kind: 'secret key', pattern: /^sk_(?:live|test)_[A-Za-z0-9]{10,}$/ },
  { vendor: 'Stripe', kind: 'restricted key', pattern: /^rk_(?:live|test)_[A-Za-z0-9]{10,}$/ },
  { vendor: 'Stripe', kind: 'publishable key', pattern: /^pk_(?:live|test)_[A-Za-z0-9]{10,}$/ },
  { vendor: 'Stripe', kind: 'webhook signing secret', pattern: /^whsec_[A-Za-z0-9+/=]{10,}$/ },
  { vendor: 'Slack', kind: 'token', pattern: /^xox[abeoprs]-[A-Za-z0-9-]{10,}$/ },
  { vendor: 'Anthropic', kind: 'API key', pattern: /^sk-ant-[A-Za-z0-9_-]{20,}$/ },
  { vendor: 'OpenAI', kind: 'API key', pattern: /^sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$/ },
  { vendor: 'AWS', kind: 'access key ID', pattern: /^(?:AKIA|ASIA)[A-Z0-9]{16}$/ },
  { vendor: 'Google', kind: 'API key', pattern: /^AIza[A-Za-z0-9_-]{35}$/ },
  { vendor: 'Google', kind: 'OAuth access token', pattern: /^ya29\.[A-Za-z0-9_.-]{20,}$/ },
  { vendor: 'SendGrid', kind: 'API key', pattern: /^SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}$/ },
  { vendor: 'npm', kind: 'access token', pattern: /^npm_[A-Za-z0-9]{30,}$/ },
  { vendor: 'Shopify', kind: 'access token', pattern: /^shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}$/ },
  { vendor: 'Hugging Face', kind: 'access token', pattern: /^hf_[A-Za-z0-9]{30,}$/ },
  { vendor: 'DigitalOcean', kind: 'token', pattern: /^do[opr]_v1_[a-f0-9]{64}$/ },
  { vendor: 'Postman', kind: 'API key', pattern: /^PMAK-[a-f0-9]{24}-[a-f0-9]{34}$/ },
  { vendor: 'Twilio', kind: 'API key', pattern: /^SK[0-9a-fA-F]{32}$/ },
  { vendor: 'Mailgun', kind: 'API key', pattern: /^key-[a-f0-9]{32}$/ },
  { vendor: 'Atlassian', kind: 'API token', pattern: /^ATATT3[A-Za-z0-9_=-]{20,}$/ },
  { vendor: 'Linear', kind: 'API key', pattern: /^lin_api_[A-Za-z0-9]{32,}$/ },
  { vendor: 'Notion', kind: 'integration token', pattern: /^(?:secret_|ntn_)[A-Za-z0-9]{40,}$/ },
  { vendor: 'Sentry', kind: 'auth token', pattern: /^sntr[ysu]_[A-Za-z0-9_=+/-]{20,}$/ },
  { vendor: 'Supabase', kind: 'access token', pattern: /^sbp_[a-f0-9]{40}$/ },
  { vendor: 'Groq', kind: 'API key', pattern: /^gsk_[A-Za-z0-9]{40,}$/ },
  { vendor: 'xAI', kind: 'API key', pattern: /^xai-[A-Za-z0-9]{40,}$/ },
  { vendor: 'Google', kind: 'OAuth client secret', pattern: /^GOCSPX-[A-Za-z0-9_-]{20,}$/ },
  { vendor: 'Square', kind: 'access token', pattern: /^(?:sq0atp|sq0csp)-[A-Za-z0-9_-]{20,}$/ },
  { vendor: 'HubSpot', kind: 'private app token', pattern: /^pat-(?:na|eu)\d-[a-f0-9-]{36}$/ },
  { vendor: 'Telegram', kind: 'bot token', pattern: /^\d{8,10}:[A-Za-z0-9_-]{35}$/ },
];

/** The other service whose credential format `text` has, if any. */
export function matchVendor(text: string): VendorFormat | undefined {
  return VENDOR_FORMATS.find((format) => format.pattern.test(text));
}
