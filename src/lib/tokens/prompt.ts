/** What the checker says before anything is pasted: kept apart so the page can show it before the analyser loads. */
export const EMPTY_HEADLINE = 'Paste a token or API key to check it.';

/** How to recognise the two Trust Leads credentials. */
export const WHAT_OURS_LOOK_LIKE =
  'Trust Leads session tokens start with “eyJ” and have three parts separated by dots; API keys start with “lfk_sk_” and are 43 characters long.';
