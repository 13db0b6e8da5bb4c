/** A run of excerpt text, marked when it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}
