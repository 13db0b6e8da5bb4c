/**
 * The query parameter a guide reads to highlight the words a reader searched for. Alone in its
 * module so that every guide can check for it without loading the highlighter.
 */
export const HIGHLIGHT_PARAM = 'highlight';
