import type { Pack } from '../knowledge';

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
 * The sections' bodies as UTF-8 bytes, for the binary form (see `./binary`): per section in
 * document order, where its Markdown and its plain text start and end in `bytes` (the plain text's
 * span is the Markdown's when they are the same).
 */
export interface BodyBytes {
  bytes: Uint8Array;
  spans: Uint32Array;
}

export function bodyBytes(pack: Pack): BodyBytes {
  const sections = pack.documents.flatMap((d) => d.sections);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const spans = new Uint32Array(sections.length * 4);
  let at = 0;
  const put = (text: string) => {
    const raw = encoder.encode(text);
    parts.push(raw);
    at += raw.byteLength;
  };
  sections.forEach((s, i) => {
    spans[4 * i] = at;
    put(s.markdown);
    spans[4 * i + 1] = at;
    if (s.text !== s.markdown) {
      spans[4 * i + 2] = at;
      put(s.text);
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
  return { bytes, spans };
}

/** The pack without its sections' bodies, as JSON text (one string parses far faster than thousands of objects). */
export function packWithoutBodies(pack: Pack): string {
  return JSON.stringify({
    ...pack,
    documents: pack.documents.map((d) => ({ ...d, sections: d.sections.map(({ markdown: _m, text: _t, ...rest }) => rest) })),
  });
}

/**
 * The pack from its JSON text without bodies and its bodies' bytes. A section's Markdown and text
 * are decoded when first read: opening a 10,000-section pack decodes only the sections it shows
 * (decoding all of them at once took ~90 ms). Reading a body once makes it a plain value.
 */
export function packWithLazyBodies(json: string, { bytes, spans }: BodyBytes): Pack {
  const pack = JSON.parse(json) as Pack;
  pack.keywords ??= {};
  const decoder = new TextDecoder();
  const count = pack.documents.reduce((n, d) => n + d.sections.length, 0);
  if (spans.length !== count * 4 || (count && (spans[spans.length - 1] as number) > bytes.byteLength)) throw new Error('its section bodies do not match its sections');
  let i = 0;
  for (const d of pack.documents) {
    for (const s of d.sections) {
      const at = 4 * i++;
      const body = (from: number) => decoder.decode(bytes.subarray(spans[from], spans[from + 1]));
      const lazy = (field: 'markdown' | 'text', read: () => string) =>
        Object.defineProperty(s, field, {
          configurable: true,
          enumerable: true,
          get: () => {
            const value = read();
            Object.defineProperty(s, field, { value, writable: true, enumerable: true, configurable: true });
            return value;
          },
          set: (value: string) => Object.defineProperty(s, field, { value, writable: true, enumerable: true, configurable: true }),
        });
      lazy('markdown', () => body(at));
      lazy('text', () => (spans[at + 2] === spans[at] && spans[at + 3] === spans[at + 1] ? s.markdown : body(at + 2)));
    }
  }
  return pack;
}
