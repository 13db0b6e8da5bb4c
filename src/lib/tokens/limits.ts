/**
 * Pastes longer than this are not tokens: servers reject request headers past 8-16 KB. They get
 * the `too-long` verdict without being decoded, so a 5 MB paste costs nothing.
 */
export const MAX_INPUT_LENGTH = 16 * 1024;
