/**
 * What ends a sentence: full stops, question and exclamation marks and semicolons, Arabic or Latin
 * («؟» «؛» «;» alike), before a space or the end of the text (the dots of «2.5» or «awi.org.sa» end
 * nothing) and not after a digit (a list number «2.» ends nothing); a run of them («؟!»، «...») is
 * one end. And a line break.
 */
const SENTENCE_END = /(?<![0-9\u0660-\u0669])[.!?؟؛;]+(?=\s|$)|\n/g;

/** The end marks, or the line break, that end each sentence of `text`, in order (offsets, `end` exclusive). */
export function sentenceEnds(text: string): { start: number; end: number }[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
