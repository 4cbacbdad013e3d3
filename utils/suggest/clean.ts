import { normalize } from '../arabic';

// Courtesy phrases, written as typed (normalised once): they open or close a message and say
// nothing about what it asks. Longest first, so «السلام عليكم ورحمة الله» goes whole.
const GREETINGS = `
السلام عليكم ورحمة الله وبركاته|السلام عليكم ورحمة الله|السلام عليكم|السلآم عليكم|سلام عليكم|وعليكم السلام|سلام
مرحبا بكم|مرحبا|مرحباً|اهلا وسهلا|اهلا|اهلين|هلا والله ومسهلا|هلا والله|هلا|يا هلا|هاي
صباح الخير|صباح النور|صباح الورد|مساء الخير|مساء النور|مساء الورد
كيف الحال|كيف حالكم|كيفكم|شلونكم|عساكم بخير|ان شاء الله بخير|يا جماعة الخير|يا جماعه
assalamu alaikum|assalamualaikum|salam alaikum|salam alaykum|salam|slm|salaam
hello there|hello|hi there|hi|hey|hala wallah|hala|ahlan|good morning|good evening|good afternoon
hope you're well|hope you are well|hope you are doing well
`;
const THANKS = `
جزاكم الله خير|جزاكم الله خيرا|وجزاكم الله خير|وجزاكم الله خيرا|جزاك الله خير|الله يجزاكم خير|ربي يجزاكم الجنة
الله يعطيكم العافيه|الله يعطيك العافيه|يعطيكم العافيه|يعطيك العافيه|الله يعافيكم|الله يسعدكم|ربي يسعدكم
وشكرا مقدما|شكرا مقدما|وشكرا لكم|شكرا لكم|شكرا جزيلا|وشكرا|شكرا|مشكورين|مشكور|مشكوره|تسلمون|تسلم
بارك الله فيكم|ما قصرتوا|ماقصرتوا|الله يوفقكم|الله يحفظكم|الف شكر|كفيتوا ووفيتوا|ممتن لكم|ممتنه لكم|الله يكتب اجركم|الله لا يحرمكم الاجر
thank you so much|thank you|thanks a lot|god bless you|much appreciated|appreciate it|thanks in advance|thanks|thx|many thanks|shukran|mashkoreen|tslm
`;

const phrases = (block: string) =>
  block
    .trim()
    .split(/[|\n]/)
    .map((p) => normalize(p).trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

const GREETING_PHRASES = phrases(GREETINGS);
const THANKS_PHRASES = phrases(THANKS);
const COURTESY_WORDS = new Set([...GREETING_PHRASES, ...THANKS_PHRASES].flatMap((p) => p.split(' ')));

/** Whether a normalised word belongs to a greeting or thanks phrase («شكرا», «العافيه», "regards" is not one). */
export const isCourtesyWord = (word: string): boolean => COURTESY_WORDS.has(word);

/**
 * A line that signs a message off: «أخوكم عبدالله», «ام خالد», «المواطن: سعد», «ولده عبدالله»,
 * «والدة الطفل: ريم», «أ. فهد العنزي - رائد النشاط», "Maha", a phone number. A bare Arabic line is
 * not taken for a name (it may be «بانتظار ردكم»); a bare Latin one is, when every word is capitalised.
 */
const SIGN_OFF =
  /^(?:اخوكم|اخوك|اختكم|اختك|ابنكم|بنتكم|المواطن|المواطنه|مقدمه|المرسل|من|(?:ولده|ولدها|ابنه|ابنها|بنته|بنتها|ابنته|ابنتها|والده|والد|ام|ابو)\s+(?:الطفل|الطالب|الطالبه|المستفيد|المستفيده)|ولده|ولدها|ابنه|ابنها|بنته|بنتها|ابنته|ابنتها)\s*[:：]?\s*(\p{L}+(?:\s+\p{L}+){0,2})$/u;
const KUNYA = /^((?:ام|ابو)\s+\p{L}+)$/u;
const LATIN_NAME = /^([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$/;
// Closing words that look like a capitalised name but are not one.
const LATIN_CLOSING =
  /\b(?:regards|best|kind|warm|sincerely|yours|cheers|respectfully|thanks?|you|please|help|urgent|asap|waiting|salam|hi|hello|bye|sir|madam|team|god|bless)\b/i;
const TITLED = /^(\p{L}+(?:\s+\p{L}+){0,2})$/u;
// A title before a signed name («أ.», «د.», «م.») and a role after it («- رائد النشاط») are not the name.
const TITLE = /^(?:ا|د|م)\.\s*/;
const ROLE = /\s+[-–—]\s+.*$/;
const PHONE = /^\+?[\d\s-]{9,15}$/;

export interface Cleaned {
  /** The message without courtesy phrases and signature (normalised). */
  text: string;
  /** Courtesy found: the message greeted and/or thanked. */
  greeted: boolean;
  thanked: boolean;
  /** A name the message signs with, as written in the signature (normalised). */
  signature?: string;
}

const SEP = /^(?:[\s.,،!؟?:;؛…\-–—()"'«»]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+/u;
const TRAIL = /(?:[\s.,،!؟?:;؛…\-–—()"'«»]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u;

function stripEdge(text: string, list: string[], fromEnd: boolean): { text: string; found: boolean } {
  let t = text;
  let found = false;
  for (let again = true; again; ) {
    again = false;
    t = fromEnd ? t.replace(TRAIL, '') : t.replace(SEP, '');
    for (const p of list) {
      const hit = fromEnd
        ? t.endsWith(p) && (t.length === p.length || /[\s.,،!]/.test(t[t.length - p.length - 1] as string))
        : t.startsWith(p) && (t.length === p.length || /[\s.,،!؟?:]/.test(t[p.length] as string));
      if (hit) {
        t = fromEnd ? t.slice(0, t.length - p.length) : t.slice(p.length);
        found = again = true;
        break;
      }
    }
  }
  return { text: t.trim(), found };
}

/** Removes greetings and thanks at either end and a signature line; keeps what the message asks. */
export function cleanMessage(message: string): Cleaned {
  // A Persian keyboard's gaf («عليگم») is the kaf the phrases are written with.
  const raw = message
    .replace(/\u06AF/g, 'ك')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => normalize(l).trim());
  // A letter drawn out in chat («شكراااا», «مشكوووورين», "hiii") is the letter once.
  const lines = raw.map((l) =>
    normalize(l)
      .replace(/(\p{L})\1{2,}/gu, '$1')
      .trim(),
  );
  let signature: string | undefined;
  // Sign-off lines: at the end, after the body.
  while (lines.length > 1) {
    const last = lines[lines.length - 1] as string;
    const bare = last.replace(TITLE, '').replace(ROLE, '');
    const writtenBare = (raw[lines.length - 1] as string).replace(ROLE, '');
    const courtesy = LATIN_CLOSING.test(last) || GREETING_PHRASES.includes(last) || THANKS_PHRASES.includes(last);
    const m =
      SIGN_OFF.exec(bare) ?? KUNYA.exec(bare) ?? (TITLE.test(last) ? TITLED.exec(bare) : null) ?? (courtesy ? null : LATIN_NAME.exec(writtenBare.trim()));
    if (PHONE.test(last)) lines.pop();
    else if (m) {
      // The name as the message writes it (with its hamza and ta marbuta), for the template.
      signature ??= writtenBare
        .split(/\s+/)
        .slice(-(m[1] as string).split(/\s+/).length)
        .join(' ')
        .replace(/^[:：]/, '');
      lines.pop();
    } else break;
  }
  // A kunya closing the last line's own sentence: «… على سرعة الرد. ام عبدالله».
  const end = lines.length - 1;
  const tail = end >= 0 ? /^(.*[.!؟?،])\s*((?:ام|ابو)\s+\p{L}+)$/u.exec(lines[end] as string) : null;
  if (tail && !signature) {
    signature = (raw[end] as string).split(/\s+/).slice(-2).join(' ');
    lines[end] = tail[1] as string;
  }
  let text = lines.join('\n');
  let greeted = false;
  let thanked = false;
  for (let again = true; again; ) {
    const g = stripEdge(text, GREETING_PHRASES, false);
    const t1 = stripEdge(g.text, THANKS_PHRASES, false);
    const t2 = stripEdge(t1.text, THANKS_PHRASES, true);
    const g2 = stripEdge(t2.text, GREETING_PHRASES, true);
    greeted ||= g.found || g2.found;
    thanked ||= t1.found || t2.found;
    again = g2.text !== text;
    text = g2.text;
  }
  return { text, greeted, thanked, signature };
}
