import { lazy } from './lazy';
import { normalize } from './normalize';

// Function words of Modern Standard Arabic and common Saudi colloquial question words.
// Stored as written and normalised once, so the list reads naturally.
const WORDS = `
في من على إلى الى عن مع ما ماذا متى كيف هل هو هي هم هن أنا نحن أنت انتم هذا هذه ذلك تلك هؤلاء
التي الذي الذين اللذان اللتان اللاتي أو او ثم بل لكن قد لقد لا لم لن إن ان أن إذا اذا لو كان كانت
يكون تكون بين كل بعض أي اي حتى عند عندما غير سوى لدى لدي إلا الا أما اما إما حيث كما لما مثل منذ
وهو وهي وفي ومن وعلى وإلى وعن وما ولا ولم وقد وأن وان وكان به بها له لها لهم فيه فيها منه منها عليه عليها
يا ايش إيش وش وشو شو ليش كم عشان علشان يعني بس اللي ابي أبي ابغى أبغى ودي لو سمحت
أين اين ماهي ماهو ما هي بماذا لماذا لمن ممن مما عما فيما كيفية و ف ب ل ال تم يتم تمت
يمكن يوجد توجد قام قامت بعد قبل يصير صار تصير ليه
أحد احد لأحد لاحد وين مين منو شلون ممكن اقدر أقدر تقدرون تقدر عندي عندكم تبغون ابغا أبغا بغيت يبي تبي شي شيء لازم
the a an of to in on for and or is are what how when where which who do does can i my
`;

/** The list normalised (what the build works out once: see `./tables`). */
export function buildStopWords(): string[] {
  return WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => normalize(w));
}
declare const __MURSHID_STOP_WORDS__: string[] | undefined;
export const stopWords: () => ReadonlySet<string> = lazy(
  () => new Set(typeof __MURSHID_STOP_WORDS__ === 'undefined' ? buildStopWords() : __MURSHID_STOP_WORDS__),
);

/** Question words, which «و» may join without making them content words («متى وأين»، «وكيف»). */
const joinable = lazy(() => new Set(['اين', 'متي', 'كيف', 'ماذا', 'لماذا', 'هل', 'كم', 'وين', 'ليش', 'مين', 'ايش', 'وش', 'شلون'].map((w) => normalize(w))));

export function isStopWord(term: string): boolean {
  return stopWords().has(term) || (term.length > 2 && term[0] === 'و' && joinable().has(term.slice(1)));
}

/**
 * Nouns a question uses to say what it asks for rather than what the answer's text holds: «ما عدد
 * سكان…» is answered by a number, «ما اسم…» by a name. Searched, at a lower weight (normalised stems).
 */
export const QUESTION_FRAMES: ReadonlySet<string> = new Set(['عدد', 'اسم']);
