import type { Pack } from '../knowledge';
import type { EngineSnapshot } from '../search';
import { bodyBytes, packFromColumns, packWithLazyBodies, packWithoutBodies, sectionColumns } from './compact';

/**
 * A parsed pack, and its index when it has one, as ONE buffer: the bundled pack as the build ships
 * it (`bundled-pack.bin`), and the imported pack's compiled copy in IndexedDB (kept there as a
 * Blob: reading a Blob back is a file read, where IndexedDB's structured clone of a 24 MB value
 * took 0.5–1.5 s). A magic word, the length of a JSON header, the header (the pack's key, the
 * snapshot's small fields, and where each part lies), then the parts, each 8-byte aligned so the
 * typed arrays are views on the buffer (nothing copied). The sections' bodies stay bytes (one a
 * character in windows-1256 for the sections it codes whole, else UTF-8: see `BodyCode`), decoded
 * when a section is first read.
 */
export interface PackBinary {
  /** What the pack is known by: `bundled-` + the stamp of its files, or an imported pack's stamp. */
  key: string;
  pack: Pack;
  snapshot: EngineSnapshot | null;
}

export interface BundledPack extends PackBinary {
  snapshot: EngineSnapshot;
}

/** "MPK3": bodies coded per section (UTF-8 or windows-1256, see `BodyCode`). */
const MAGIC = 0x4d50_4b33;
/** "MPK2": the earlier form, all bodies UTF-8 (still read: a copy stored by an earlier version opens). */
const MAGIC_UTF8 = 0x4d50_4b32;
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
  /** The snapshot's small fields; null for a pack stored without an index. */
  index: Pick<EngineSnapshot, 'version' | 'analysis' | 'floatTfs'> | null;
  parts: Place[];
}

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array, f64: Float64Array } as const;
const SNAPSHOT_PARTS = ['ids', 'lengths', 'titles', 'terms', 'pairs', 'offsets', 'dfs', 'data', 'surface', 'surfaceStems'] as const;

function kindOf(part: Part): Kind {
  if (typeof part === 'string') return 'text';
  for (const [kind, type] of Object.entries(ARRAYS)) if (part instanceof type) return kind as Kind;
  throw new Error('unknown part');
}

const align = (n: number) => Math.ceil(n / 8) * 8;

export function encodePack({ key, pack, snapshot }: PackBinary): Uint8Array<ArrayBuffer> {
  const bodies = bodyBytes(pack);
  const columns = sectionColumns(pack);
  const named: [string, Part][] = [
    // The sections' fields as columns (not «pack»: an earlier version finds no «pack» part in this copy and rebuilds it rather than misreading it), else as JSON.
    ...(columns
      ? ([
          ['packMeta', columns.meta],
          ['sectionIds', columns.ids],
          ['sectionTitles', columns.titles],
          ['sectionLines', columns.lines],
          ['sectionPaths', columns.paths],
          ['sectionPathOf', columns.pathOf],
          ['sectionEditorial', columns.editorial],
        ] satisfies [string, Part][])
      : ([['pack', packWithoutBodies(pack)]] satisfies [string, Part][])),
    ['spans', bodies.spans],
    ...(snapshot ? SNAPSHOT_PARTS.map((name): [string, Part] => [name, snapshot[name]]) : []),
    ...(snapshot?.surfaceOrder ? [['surfaceOrder', snapshot.surfaceOrder] as [string, Part]] : []),
    ['bodyCodes', bodies.codes ?? new Uint8Array(bodies.spans.length / 4)],
    // Not named «bodies», the earlier form's UTF-8 part: an earlier version refuses this copy (and rebuilds it) rather than misreading it.
    ['bodyBytes', bodies.bytes],
  ];
  const encoder = new TextEncoder();
  const bytes = named.map(([name, part]) => {
    const raw = typeof part === 'string' ? encoder.encode(part) : new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    return { name, kind: kindOf(part), raw };
  });
  const places: Place[] = [];
  let at = 0;
  for (const b of bytes) {
    places.push({ name: b.name, kind: b.kind, at, bytes: b.raw.byteLength });
    at = align(at + b.raw.byteLength);
  }
  const index = snapshot ? { version: snapshot.version, analysis: snapshot.analysis, floatTfs: snapshot.floatTfs } : null;
  const head = encoder.encode(JSON.stringify({ key, index, parts: places } satisfies Header));
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

/** Why bytes are not a pack, in words for whoever reads the error. */
const damaged = (why: string) => new Error(`not a Murshid pack, or a damaged one: ${why}`);

function readHeader(buffer: ArrayBuffer): { header: Header; start: number } {
  const view = new DataView(buffer);
  const magic = buffer.byteLength < 8 ? 0 : view.getUint32(0, true);
  if (magic !== MAGIC && magic !== MAGIC_UTF8) throw damaged('it does not start with the pack format’s mark');
  const length = view.getUint32(4, true);
  if (8 + length > buffer.byteLength) throw damaged('its header runs past its end');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(buffer, 8, length))) as Header;
  } catch {
    throw damaged('its header is not readable');
  }
  if (typeof header?.key !== 'string' || !Array.isArray(header.parts)) throw damaged('its header lacks the key or the parts');
  return { header, start: align(8 + length) };
}

export function decodePack(buffer: ArrayBuffer): PackBinary {
  const { header, start } = readHeader(buffer);
  const decoder = new TextDecoder();
  const parts = new Map<string, Part>();
  for (const p of header.parts) {
    const offset = start + p.at;
    const type = p.kind === 'text' ? Uint8Array : ARRAYS[p.kind];
    if (!type || !(p.bytes >= 0) || !(p.at >= 0) || offset + p.bytes > buffer.byteLength || offset % 8 || p.bytes % type.BYTES_PER_ELEMENT)
      throw damaged(`its part «${p.name}» lies outside it`);
    parts.set(p.name, p.kind === 'text' ? decoder.decode(new Uint8Array(buffer, offset, p.bytes)) : new type(buffer, offset, p.bytes / type.BYTES_PER_ELEMENT));
  }
  /** A part of one of the given kinds ('text' for a string). */
  const part = <T extends Part>(name: string, ...kinds: ('text' | (new (...a: never[]) => Part))[]): T => {
    const value = parts.get(name);
    if (!kinds.some((k) => (k === 'text' ? typeof value === 'string' : value instanceof k))) throw damaged(`its part «${name}» is missing`);
    return value as T;
  };
  let pack: Pack;
  try {
    const spans = part<Uint32Array>('spans', Uint32Array);
    const bodies = parts.has('bodyCodes')
      ? { bytes: part<Uint8Array>('bodyBytes', Uint8Array), spans, codes: part<Uint8Array>('bodyCodes', Uint8Array) }
      : { bytes: part<Uint8Array>('bodies', Uint8Array), spans };
    pack = parts.has('packMeta')
      ? packFromColumns(
          {
            meta: part<string>('packMeta', 'text'),
            ids: part<string>('sectionIds', 'text'),
            titles: part<string>('sectionTitles', 'text'),
            lines: part<Int32Array>('sectionLines', Int32Array),
            paths: part<string>('sectionPaths', 'text'),
            pathOf: part<Uint32Array>('sectionPathOf', Uint32Array),
            editorial: part<Uint8Array>('sectionEditorial', Uint8Array),
          },
          bodies,
        )
      : packWithLazyBodies(part<string>('pack', 'text'), bodies);
  } catch (e) {
    throw e instanceof Error && e.message.startsWith('not a Murshid pack') ? e : damaged(e instanceof Error ? e.message : 'its pack is not readable');
  }
  const { index } = header;
  if (!index) return { key: header.key, pack, snapshot: null };
  const snapshot: EngineSnapshot = {
    version: index.version,
    analysis: index.analysis,
    floatTfs: index.floatTfs,
    ids: part('ids', 'text'),
    terms: part('terms', 'text'),
    surface: part('surface', 'text'),
    surfaceStems: part('surfaceStems', 'text'),
    lengths: part('lengths', Float32Array),
    titles: part('titles', Int32Array),
    pairs: part('pairs', Uint32Array, Float64Array),
    offsets: part('offsets', Int32Array),
    dfs: part('dfs', Int32Array, Uint16Array),
    data: part('data', Uint8Array),
  };
  // Absent from copies written before it (the engine then builds its vocabularies to look words up).
  if (parts.has('surfaceOrder')) snapshot.surfaceOrder = part<Int32Array | Uint16Array>('surfaceOrder', Int32Array, Uint16Array);
  return { key: header.key, pack, snapshot };
}

/** The bundled pack's asset: a pack with its index. */
export function encodeBundledPack(bundled: BundledPack): Uint8Array<ArrayBuffer> {
  return encodePack(bundled);
}

export function decodeBundledPack(buffer: ArrayBuffer): BundledPack {
  const decoded = decodePack(buffer);
  if (!decoded.snapshot) throw damaged('the bundled pack has no index');
  return decoded as BundledPack;
}
