/**
 * Arabic typed with the keyboard still on English: on the standard Arabic (101) layout every key
 * has an Arabic letter, so «l]m hgv]» is «مدة الرد» typed on the wrong layout. This maps the keys
 * back. Whether the result is meant is for the caller to judge (are its words in the index?).
 */
const KEYS: Record<string, string> = {
  q: 'ض',
  w: 'ص',
  e: 'ث',
  r: 'ق',
  t: 'ف',
  y: 'غ',
  u: 'ع',
  i: 'ه',
  o: 'خ',
  p: 'ح',
  '[': 'ج',
  ']': 'د',
  a: 'ش',
  s: 'س',
  d: 'ي',
  f: 'ب',
  g: 'ل',
  h: 'ا',
  j: 'ت',
  k: 'ن',
  l: 'م',
  ';': 'ك',
  "'": 'ط',
  z: 'ئ',
  x: 'ء',
  c: 'ؤ',
  v: 'ر',
  b: 'لا',
  n: 'ى',
  m: 'ة',
  ',': 'و',
  '.': 'ز',
  '/': 'ظ',
  '`': 'ذ',
  // With Shift: the hamza and madda alefs and their lam-alef ligatures.
  H: 'أ',
  Y: 'إ',
  N: 'آ',
  G: 'لأ',
  T: 'لإ',
  B: 'لآ',
};

const LATIN_KEY = /[a-z[\];',./`]/i;

/** Whether text has no Arabic letter and some Latin one: it may be Arabic typed on the English layout. */
export function mayBeWrongLayout(text: string): boolean {
  return /[a-z]/i.test(text) && !/[\u0600-\u06FF]/.test(text);
}

/** The Arabic letters the keys of `text` give on the Arabic layout (other characters kept). */
export function fromEnglishLayout(text: string): string {
  let out = '';
  for (const ch of text) {
    const shifted = KEYS[ch];
    if (shifted && ch !== ch.toLowerCase()) out += shifted;
    else if (LATIN_KEY.test(ch)) out += KEYS[ch.toLowerCase()] ?? ch;
    else out += ch;
  }
  return out;
}
