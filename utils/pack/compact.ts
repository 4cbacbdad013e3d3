import type { Pack } from '../knowledge';

/**
 * A parsed pack in the form that reads fastest: JSON text without the sections' bodies (one
 * string parses far faster than thousands of objects), and the bodies in one string sliced on
 * reading. Used by the compiled copy in IndexedDB and by the bundled pack's build-time asset.
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
  const json = JSON.stringify({
    ...pack,
    documents: pack.documents.map((d) => ({ ...d, sections: d.sections.map(({ markdown: _m, text: _t, ...rest }) => rest) })),
  });
  return { pack: json, bodies: parts.join(''), spans };
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
