import type { Pack, Section } from '../knowledge';

/**
 * A parsed pack as the compiled copy in IndexedDB held it before the binary form (`./binary`):
 * JSON text without the sections' bodies, and the bodies in one string sliced on reading. Still
 * read (a copy stored by an earlier version opens, and is rewritten in the binary form).
 */
export interface CompactPack {
  /** The parsed pack as JSON text without its sections' bodies. */
  pack: string;
  /** Every section's Markdown, and its plain text where that differs, in one string. */
  bodies: string;
  /** Per section in document order: where its Markdown and its plain text start and end in `bodies`. */
  spans: Uint32Array;
}

/** The pack as stored: JSON without section bodies, the bodies in one string, and where each lies. */
export function compactPack(pack: Pack): CompactPack {
  const parts: string[] = [];
  const sections = pack.documents.flatMap((d) => d.sections);
  const spans = new Uint32Array(sections.length * 4);
  let at = 0;
  sections.forEach((s, i) => {
    spans[4 * i] = at;
    parts.push(s.markdown);
    at += s.markdown.length;
    spans[4 * i + 1] = at;
    // Most sections' plain text is their Markdown: stored once.
    if (s.text !== s.markdown) {
      parts.push(s.text);
      spans[4 * i + 2] = at;
      at += s.text.length;
      spans[4 * i + 3] = at;
    } else {
      spans[4 * i + 2] = spans[4 * i] as number;
      spans[4 * i + 3] = at;
    }
  });
  return { pack: packWithoutBodies(pack), bodies: parts.join(''), spans };
}

export function expandPack(stored: CompactPack): Pack {
  const pack = JSON.parse(stored.pack) as Pack;
  pack.keywords ??= {};
  const { bodies, spans } = stored;
  let i = 0;
  for (const d of pack.documents) {
    for (const s of d.sections) {
      s.markdown = bodies.slice(spans[4 * i], spans[4 * i + 1]);
      s.text = spans[4 * i + 2] === spans[4 * i] && spans[4 * i + 3] === spans[4 * i + 1] ? s.markdown : bodies.slice(spans[4 * i + 2], spans[4 * i + 3]);
      i++;
    }
  }
  return pack;
}

/**
 * The sections' bodies as bytes, for the binary form (see `./binary`): per section in document
 * order, where its Markdown and its plain text start and end in `bytes` (the plain text's span is
 * the Markdown's when they are the same), and how the section is coded (`codes`, see `BodyCode`;
 * absent in copies written before it: all UTF-8).
 */
export interface BodyBytes {
  bytes: Uint8Array;
  spans: Uint32Array;
  codes?: Uint8Array;
}

/**
 * How a section's bodies are coded: UTF-8, or one byte a character in windows-1256 (the Arabic
 * code page: every Arabic letter and mark, Latin letters and punctuation) when every character of
 * the section has one there. Arabic takes two bytes a letter in UTF-8: a 10,000-section pack's
 * bodies were 10.7 MB of its 23, all read before its first answer.
 */
export const BodyCode = { utf8: 0, arabic: 1 } as const;
const ARABIC_PAGE = 'windows-1256';

let arabicBytes: Int16Array | null = null;

/** The text in windows-1256, or null when a character of it has no byte there. */
function arabicPage(text: string): Uint8Array | null {
  if (!arabicBytes) {
    arabicBytes = new Int16Array(0x10000).fill(-1);
    const chars = new TextDecoder(ARABIC_PAGE).decode(Uint8Array.from({ length: 256 }, (_, b) => b));
    for (let b = 0; b < chars.length; b++) arabicBytes[chars.charCodeAt(b)] = b;
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = arabicBytes[text.charCodeAt(i)] as number;
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}

export function bodyBytes(pack: Pack): BodyBytes {
  const sections = pack.documents.flatMap((d) => d.sections);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const spans = new Uint32Array(sections.length * 4);
  const codes = new Uint8Array(sections.length);
  let at = 0;
  const put = (raw: Uint8Array) => {
    parts.push(raw);
    at += raw.byteLength;
  };
  sections.forEach((s, i) => {
    const same = s.text === s.markdown;
    const markdown = arabicPage(s.markdown);
    const text = same ? markdown : markdown && arabicPage(s.text);
    const arabic = markdown !== null && text !== null;
    codes[i] = arabic ? BodyCode.arabic : BodyCode.utf8;
    spans[4 * i] = at;
    put(arabic ? markdown : encoder.encode(s.markdown));
    spans[4 * i + 1] = at;
    if (!same) {
      spans[4 * i + 2] = at;
      put(arabic ? (text as Uint8Array) : encoder.encode(s.text));
      spans[4 * i + 3] = at;
    } else {
      spans[4 * i + 2] = spans[4 * i] as number;
      spans[4 * i + 3] = at;
    }
  });
  const bytes = new Uint8Array(at);
  let to = 0;
  for (const p of parts) {
    bytes.set(p, to);
    to += p.byteLength;
  }
  return { bytes, spans, codes };
}

/** The pack without its sections' bodies, as JSON text (one string parses far faster than thousands of objects). */
export function packWithoutBodies(pack: Pack): string {
  return JSON.stringify({
    ...pack,
    documents: pack.documents.map((d) => ({ ...d, sections: d.sections.map(({ markdown: _m, text: _t, ...rest }) => rest) })),
  });
}

/** A section whose Markdown and plain text are decoded from the pack's bytes when first read. */
class LazySection implements Section {
  id: string;
  title: string;
  path: string[];
  line: number;
  editorial?: boolean;
  readonly #bodies: BodyBytes;
  readonly #at: number;
  #markdown: string | undefined;
  #text: string | undefined;

  constructor(id: string, title: string, path: string[], line: number, editorial: boolean | undefined, bodies: BodyBytes, at: number) {
    this.id = id;
    this.title = title;
    this.path = path;
    this.line = line;
    if (editorial !== undefined) this.editorial = editorial;
    this.#bodies = bodies;
    this.#at = at;
  }

  #decode(from: number): string {
    const { bytes, spans, codes } = this.#bodies;
    const raw = bytes.subarray(spans[from], spans[from + 1]);
    if (codes?.[this.#at / 4] === BodyCode.arabic) {
      arabicDecoder ??= new TextDecoder(ARABIC_PAGE);
      return arabicDecoder.decode(raw);
    }
    return decoder.decode(raw);
  }

  get markdown(): string {
    this.#markdown ??= this.#decode(this.#at);
    return this.#markdown;
  }

  set markdown(value: string) {
    this.#markdown = value;
  }

  get text(): string {
    if (this.#text === undefined) {
      const { spans } = this.#bodies;
      const at = this.#at;
      this.#text = spans[at + 2] === spans[at] && spans[at + 3] === spans[at + 1] ? this.markdown : this.#decode(at + 2);
    }
    return this.#text;
  }

  set text(value: string) {
    this.#text = value;
  }

  /** As a plain section (the bodies are accessors: JSON and copies would otherwise miss them). */
  toJSON(): Section {
    return { ...this, markdown: this.markdown, text: this.text };
  }
}

const decoder = new TextDecoder();
let arabicDecoder: TextDecoder | null = null;

/** Throws unless the bodies' spans and codes are those of `count` sections, within the bytes. */
function checkBodies({ bytes, spans, codes }: BodyBytes, count: number): void {
  if (
    spans.length !== count * 4 ||
    (count && (spans[spans.length - 1] as number) > bytes.byteLength) ||
    (codes && (codes.length !== count || codes.some((c) => c !== BodyCode.utf8 && c !== BodyCode.arabic)))
  )
    throw new Error('its section bodies do not match its sections');
}

/**
 * The pack from its JSON text without bodies and its bodies' bytes. A section's Markdown and text
 * are decoded when first read (sections are `LazySection`s): opening a 10,000-section pack decodes
 * only the sections it shows, where decoding every body took ~90 ms and giving each section
 * accessors of its own as long again. The bodies are accessors on the class: `{ ...section }` and
 * structured clone miss them (nothing copies sections that way; `JSON.stringify` has them).
 */
export function packWithLazyBodies(json: string, bodies: BodyBytes): Pack {
  const pack = JSON.parse(json) as Pack;
  pack.keywords ??= {};
  checkBodies(
    bodies,
    pack.documents.reduce((n, d) => n + d.sections.length, 0),
  );
  let i = 0;
  for (const d of pack.documents) d.sections = d.sections.map((raw) => new LazySection(raw.id, raw.title, raw.path, raw.line, raw.editorial, bodies, 4 * i++));
  return pack;
}

/**
 * A pack's sections' own fields (all but their bodies) as columns, for the binary form: a
 * 10,000-section pack's JSON of them was ~1 MB to decode and parse into 10,000 objects (each with a
 * path array of its own, most of them the same) before they were copied into sections again.
 */
export interface SectionColumns {
  /** The pack as JSON text, each document's `sections` replaced by how many it has. */
  meta: string;
  /** Every section's id, then its title, one a line (neither holds a line break). */
  ids: string;
  titles: string;
  lines: Int32Array;
  /** The distinct heading paths as JSON text, and which one each section has. */
  paths: string;
  pathOf: Uint32Array;
  /** Per section: 0 not said, 1 editorial, 2 not editorial. */
  editorial: Uint8Array;
}

const SECTION_KEYS = new Set(['id', 'title', 'path', 'line', 'editorial', 'markdown', 'text']);

/** The columns, or null when a section does not fit them (a line break in an id or title, a field they do not keep): the JSON form is kept then. */
export function sectionColumns(pack: Pack): SectionColumns | null {
  const sections = pack.documents.flatMap((d) => d.sections);
  const paths: string[][] = [];
  const pathIndex = new Map<string, number>();
  const pathOf = new Uint32Array(sections.length);
  const lines = new Int32Array(sections.length);
  const editorial = new Uint8Array(sections.length);
  for (const [i, s] of sections.entries()) {
    if (/[\n\r]/.test(s.id) || /[\n\r]/.test(s.title) || !Number.isInteger(s.line) || Object.keys(s).some((k) => !SECTION_KEYS.has(k))) return null;
    const key = JSON.stringify(s.path);
    let at = pathIndex.get(key);
    if (at === undefined) {
      at = paths.push(s.path) - 1;
      pathIndex.set(key, at);
    }
    pathOf[i] = at;
    lines[i] = s.line;
    editorial[i] = s.editorial === undefined ? 0 : s.editorial ? 1 : 2;
  }
  return {
    meta: JSON.stringify({ ...pack, documents: pack.documents.map((d) => ({ ...d, sections: d.sections.length })) }),
    ids: sections.map((s) => s.id).join('\n'),
    titles: sections.map((s) => s.title).join('\n'),
    lines,
    paths: JSON.stringify(paths),
    pathOf,
    editorial,
  };
}

/** The pack from its columns and its bodies' bytes (sections as `packWithLazyBodies` makes them); throws on columns that do not agree. */
export function packFromColumns(columns: SectionColumns, bodies: BodyBytes): Pack {
  const pack = JSON.parse(columns.meta) as Omit<Pack, 'documents'> & { documents: (Omit<Pack['documents'][number], 'sections'> & { sections: unknown })[] };
  const counts = pack.documents.map((d) => d.sections);
  if (!counts.every((n): n is number => Number.isInteger(n) && (n as number) >= 0)) throw new Error('its documents do not say how many sections they have');
  const count = counts.reduce((n, c) => n + c, 0);
  const ids = count ? columns.ids.split('\n') : [];
  const titles = count ? columns.titles.split('\n') : [];
  const paths = JSON.parse(columns.paths) as unknown;
  if (
    ids.length !== count ||
    titles.length !== count ||
    columns.lines.length !== count ||
    columns.pathOf.length !== count ||
    columns.editorial.length !== count ||
    columns.editorial.some((e) => e > 2) ||
    !Array.isArray(paths) ||
    !paths.every((p) => Array.isArray(p) && p.every((h) => typeof h === 'string')) ||
    columns.pathOf.some((p) => p >= paths.length)
  )
    throw new Error('its sections do not match their columns');
  checkBodies(bodies, count);
  const flag = [undefined, true, false] as const;
  let i = 0;
  for (const [d, doc] of pack.documents.entries()) {
    const sections: Section[] = new Array(counts[d] as number);
    for (let k = 0; k < sections.length; k++, i++) {
      sections[k] = new LazySection(
        ids[i] as string,
        titles[i] as string,
        paths[columns.pathOf[i] as number] as string[],
        columns.lines[i] as number,
        flag[columns.editorial[i] as number],
        bodies,
        4 * i,
      );
    }
    doc.sections = sections;
  }
  const out = pack as unknown as Pack;
  out.keywords ??= {};
  return out;
}
