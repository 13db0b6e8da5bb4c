/**
 * Keeps only the newest of overlapping asynchronous answers. Each `settle` call supersedes the
 * ones before it: their promises resolve to `undefined` rather than their value, so a slow answer
 * to an old query can never replace the answer to the query the reader typed since.
 */
export function createLatest(): <T>(answer: Promise<T>) => Promise<T | undefined> {
  let newest = 0;
  return async (answer) => {
    newest += 1;
    const ticket = newest;
    const value = await answer;
    return ticket === newest ? value : undefined;
  };
}
