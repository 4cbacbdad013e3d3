import type { Pack } from '../knowledge';
import type { EngineSnapshot } from '../search';
import { type CompactPack, compactPack, expandPack } from './compact';

/**
 * The bundled pack as the build ships it (`bundled-pack.bin`): parsed and indexed at build time,
 * so the panel opens on it without parsing Markdown or building an index. One buffer: a magic
 * word, the length of a JSON header, the header (the pack's key, its JSON text without bodies, the
 * snapshot's small fields, and where each part lies), then the parts, each 8-byte aligned so the
 * typed arrays are views on the buffer (nothing copied) and the long texts one `TextDecoder` call.
 */
export interface BundledPack {
  /** What acknowledging the bundled pack refers to (`bundled-` + the stamp of its files). */
  key: string;
  pack: Pack;
  snapshot: EngineSnapshot;
}

const MAGIC = 0x4d50_4b31; // "MPK1"
export const BUNDLED_PACK_FILE = 'bundled-pack.bin';

type Kind = 'text' | 'u8' | 'u16' | 'u32' | 'i32' | 'f32' | 'f64';
type Part = string | Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
interface Place {
  name: string;
  kind: Kind;
  at: number;
  bytes: number;
}
interface Header {
  key: string;
  version: EngineSnapshot['version'];
  analysis: string;
  floatTfs: boolean;
  parts: Place[];
}

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array, f64: Float64Array } as const;

function kindOf(part: Part): Kind {
  if (typeof part === 'string') return 'text';
  for (const [kind, type] of Object.entries(ARRAYS)) if (part instanceof type) return kind as Kind;
  throw new Error('unknown part');
}

const align = (n: number) => Math.ceil(n / 8) * 8;

export function encodeBundledPack({ key, pack, snapshot }: BundledPack): Uint8Array {
  const compact = compactPack(pack);
  const named: Record<string, Part> = {
    pack: compact.pack,
    bodies: compact.bodies,
    spans: compact.spans,
    ids: snapshot.ids,
    lengths: snapshot.lengths,
    titles: snapshot.titles,
    terms: snapshot.terms,
    pairs: snapshot.pairs,
    offsets: snapshot.offsets,
    dfs: snapshot.dfs,
    data: snapshot.data,
    surface: snapshot.surface,
    surfaceStems: snapshot.surfaceStems,
  };
  const encoder = new TextEncoder();
  const bytes = Object.entries(named).map(([name, part]) => {
    const raw = typeof part === 'string' ? encoder.encode(part) : new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    return { name, kind: kindOf(part), raw };
  });
  const places: Place[] = [];
  let at = 0;
  for (const b of bytes) {
    places.push({ name: b.name, kind: b.kind, at, bytes: b.raw.byteLength });
    at = align(at + b.raw.byteLength);
  }
  const header: Header = { key, version: snapshot.version, analysis: snapshot.analysis, floatTfs: snapshot.floatTfs, parts: places };
  const head = encoder.encode(JSON.stringify(header));
  const start = align(8 + head.byteLength);
  const out = new Uint8Array(start + at);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, head.byteLength, true);
  out.set(head, 8);
  bytes.forEach((b, i) => {
    out.set(b.raw, start + (places[i] as Place).at);
  });
  return out;
}

export function decodeBundledPack(buffer: ArrayBuffer): BundledPack {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a bundled pack');
  const length = view.getUint32(4, true);
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(new Uint8Array(buffer, 8, length))) as Header;
  const start = align(8 + length);
  const parts: Record<string, Part> = {};
  for (const p of header.parts) {
    const offset = start + p.at;
    parts[p.name] =
      p.kind === 'text'
        ? decoder.decode(new Uint8Array(buffer, offset, p.bytes))
        : new ARRAYS[p.kind](buffer, offset, p.bytes / ARRAYS[p.kind].BYTES_PER_ELEMENT);
  }
  const text = (name: string) => parts[name] as string;
  const compact: CompactPack = { pack: text('pack'), bodies: text('bodies'), spans: parts.spans as Uint32Array };
  const snapshot: EngineSnapshot = {
    version: header.version,
    analysis: header.analysis,
    floatTfs: header.floatTfs,
    ids: text('ids'),
    terms: text('terms'),
    surface: text('surface'),
    surfaceStems: text('surfaceStems'),
    lengths: parts.lengths as Float32Array,
    titles: parts.titles as Int32Array,
    pairs: parts.pairs as EngineSnapshot['pairs'],
    offsets: parts.offsets as Int32Array,
    dfs: parts.dfs as EngineSnapshot['dfs'],
    data: parts.data as Uint8Array,
  };
  return { key: header.key, pack: expandPack(compact), snapshot };
}
