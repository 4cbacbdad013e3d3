/**
 * The one Arabic normaliser. Indexing, querying and highlighting all go through
 * `normalizeWithMap`, so a highlight computed on normalised text maps back to the
 * exact characters of the original.
 */

const ALEF_FORMS = new Set(['\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673']);
const LETTER_MAP: Record<string, string> = {
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06CC': '\u064A', // Persian yeh → ي
  '\u06D2': '\u064A', // yeh barree → ي
  '\u06A9': '\u0643', // keheh → ك
  '\u06C0': '\u0647', // heh with yeh above → ه
  '\u06C1': '\u0647', // heh goal → ه
};

function isDropped(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || // harakat, tanween, shadda, sukun, extra marks
    cp === 0x0670 || // superscript alef
    (cp >= 0x0610 && cp <= 0x061a) || // honorific and Quranic signs
    (cp >= 0x06d6 && cp <= 0x06dc) || // Quranic annotation marks
    (cp >= 0x06df && cp <= 0x06e8) ||
    (cp >= 0x06ea && cp <= 0x06ed) ||
    (cp >= 0x08d3 && cp <= 0x08ff) || // extended Arabic marks
    cp === 0x0640 || // tatweel
    cp === 0x061c || // Arabic letter mark
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings/overrides
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0x00ad || // soft hyphen
    cp === 0xfeff // BOM / zero-width no-break space
  );
}

function isPresentationForm(cp: number): boolean {
  return (
    (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc) || (cp >= 0xff01 && cp <= 0xff5e) // full-width ASCII
  );
}

function mapChar(ch: string): string {
  if (ALEF_FORMS.has(ch)) return '\u0627';
  const mapped = LETTER_MAP[ch];
  if (mapped) return mapped;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0);
  return ch.toLowerCase();
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` is the index in the original string of normalised character `i`; `map[text.length]` is the original length. */
  map: number[];
}

// Per BMP code unit: DROP, COMPLEX (slow path) or the single mapped code unit, derived from the
// rules above so the fast path can never disagree with them. Filled lazily, one code unit the first
// time it is seen: a text uses a few hundred distinct characters, and deriving all 65,536 up front
// cost every page 40–60 ms at open.
const DROP = 0xffff;
const COMPLEX = 0xfffe;
/** Not derived yet (U+0000 itself is simply derived again each time). */
const UNSET = 0;
const table = new Uint16Array(0x10000);

function derive(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return COMPLEX;
  if (isDropped(cp)) return DROP;
  if (isPresentationForm(cp)) return COMPLEX;
  const m = mapChar(String.fromCharCode(cp));
  return m.length === 1 && m.charCodeAt(0) < COMPLEX ? m.charCodeAt(0) : COMPLEX;
}

/** The slow path for one code point: presentation forms, astral characters, multi-unit lower case. */
function slowChar(input: string, i: number, out: number[], map: number[]): number {
  const cp = input.codePointAt(i) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  const ch = input.slice(i, i + width);
  if (!isDropped(cp)) {
    const expanded = isPresentationForm(cp) ? ch.normalize('NFKC') : ch;
    for (const part of expanded) {
      if (isDropped(part.codePointAt(0) ?? 0)) continue;
      const m = mapChar(part);
      for (let k = 0; k < m.length; k++) {
        out.push(m.charCodeAt(k));
        map.push(i);
      }
    }
  }
  return width;
}

function run(input: string, withMap: boolean): Normalized {
  const out: number[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    let v = table[code] as number;
    if (v === UNSET) {
      v = derive(code);
      table[code] = v;
    }
    if (v === DROP) i++;
    else if (v === COMPLEX) i += slowChar(input, i, out, map);
    else {
      out.push(v);
      map.push(i);
      i++;
    }
  }
  map.push(input.length);
  let text = '';
  for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode(...out.slice(k, k + 8192));
  return { text, map: withMap ? map : [] };
}

export function normalizeWithMap(input: string): Normalized {
  return run(input, true);
}

export function normalize(input: string): string {
  return run(input, false).text;
}
