import { type LoadResult, loadPack, MANIFEST } from '../knowledge/load';
import type { Pack, PackFile } from '../knowledge/types';
import { readSignature, sha256Hex, signBytes, verifyBytes } from './sign';

/**
 * A published pack is one JSON file: the manifest's fields (id, version, association, channels,
 * topics, glossary, synonyms, keywords, hosts), `published_at`, and the documents and templates as
 * the Markdown they were validated from. A browser rebuilds the pack files from it and validates
 * them with the same `loadPack` an import goes through.
 */
export const FORMAT = 'murshid-pack';
export const FORMAT_VERSION = 1;
const TEMPLATES = 'templates/';

export interface PublishedMeta {
  id: string;
  version: string;
  published_at: string;
}

interface PublishedFile {
  format: string;
  format_version: number;
  id: string;
  version: string;
  published_at: string;
  documents: PackFile[];
  templates: PackFile[];
  [field: string]: unknown;
}

/**
 * The bytes of `pack.json` for a valid pack's files. Only files the pack uses are included:
 * the listed documents and the Markdown in its templates folder.
 */
export function publishedBytes(files: PackFile[], pack: Pack, publishedAt: Date): Uint8Array {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const manifest = JSON.parse(byPath.get(MANIFEST)?.content ?? '{}') as Record<string, unknown> & { documents: string[]; templates?: string };
  const folder = manifest.templates ? manifest.templates.replace(/\/?$/, '/') : null;
  const { documents, templates: _folder, ...fields } = manifest;
  const out: PublishedFile = {
    format: FORMAT,
    format_version: FORMAT_VERSION,
    ...fields,
    id: pack.id,
    version: pack.version,
    published_at: publishedAt.toISOString(),
    documents: documents.map((path) => ({ path, content: byPath.get(path)?.content ?? '' })),
    templates: folder
      ? files
          .filter((f) => f.path.startsWith(folder) && f.path.endsWith('.md'))
          .sort((a, b) => a.path.localeCompare(b.path))
          .map((f) => ({ path: `${TEMPLATES}${f.path.slice(folder.length)}`, content: f.content }))
      : [],
  };
  return new TextEncoder().encode(`${JSON.stringify(out, null, 1)}\n`);
}

const isFileList = (v: unknown): v is PackFile[] =>
  Array.isArray(v) && v.every((f) => !!f && typeof f === 'object' && typeof (f as PackFile).path === 'string' && typeof (f as PackFile).content === 'string');

/** Pack files from a published pack's text; throws a plain message when it is not one. */
export function filesFromPublished(text: string): { files: PackFile[]; meta: PublishedMeta } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const p = json as Partial<PublishedFile> | null;
  if (!p || typeof p !== 'object' || p.format !== FORMAT) throw new Error(`not a published Murshid pack (no "format": "${FORMAT}")`);
  if (p.format_version !== FORMAT_VERSION) throw new Error(`format_version ${String(p.format_version)} is not supported (expected ${FORMAT_VERSION})`);
  if (typeof p.published_at !== 'string' || Number.isNaN(Date.parse(p.published_at))) throw new Error('"published_at" must be a date-time');
  if (!isFileList(p.documents) || !isFileList(p.templates)) throw new Error('"documents" and "templates" must be lists of {path, content}');
  const { format: _f, format_version: _v, published_at, documents, templates, ...fields } = p as PublishedFile;
  const manifest = { ...fields, documents: documents.map((d) => d.path), ...(templates.length ? { templates: TEMPLATES } : {}) };
  const files: PackFile[] = [
    { path: MANIFEST, content: JSON.stringify(manifest, null, 2) },
    ...documents,
    ...templates.filter((t) => t.path.startsWith(TEMPLATES)),
  ];
  return { files, meta: { id: String(fields.id), version: String(fields.version), published_at } };
}

/**
 * Orders two pack versions: dotted or dashed parts compared as numbers where both are numbers
 * ("2026.11.2" < "2026.11.10"), as text otherwise; missing parts count as 0.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.trim().split(/[.\-+_ ]/);
  const pb = b.trim().split(/[.\-+_ ]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}

/** Why a published pack was refused (the options page shows each in the staff member's language). */
export type RefusalCode = 'no_key' | 'signature_missing' | 'signature_invalid' | 'invalid_pack' | 'older_version' | 'version_not_raised';

export type Verified =
  | { ok: true; files: PackFile[]; pack: Pack; meta: PublishedMeta; sha256: string; sections: number }
  | { ok: false; code: RefusalCode; error: string; errors?: LoadResult['errors'] };

export interface Installed {
  version: string;
  sha256: string;
}

/**
 * Checks a published pack in the order that keeps a forged file from being read at all: the
 * signature over the exact bytes first, then the content (validated as an import is), then its
 * version against the one installed (an older one is a replay, the same one with other bytes was
 * not re-versioned).
 */
export async function verifyPublished(
  bytes: Uint8Array,
  signature: Uint8Array | null,
  publicKeys: Uint8Array[],
  installed?: Installed | null,
): Promise<Verified> {
  if (publicKeys.length === 0) return { ok: false, code: 'no_key', error: 'no valid public key (base64 of the raw 32-byte Ed25519 key)' };
  if (!signature || signature.length === 0) return { ok: false, code: 'signature_missing', error: 'the signature (pack.json.sig) is missing' };
  const sig = readSignature(signature);
  if (!sig || !(await verifyBytes(publicKeys, bytes, sig)))
    return { ok: false, code: 'signature_invalid', error: 'the signature does not match this file and key: the file was changed or signed with another key' };
  const sha256 = await sha256Hex(bytes);
  let parsed: ReturnType<typeof filesFromPublished>;
  try {
    parsed = filesFromPublished(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { ok: false, code: 'invalid_pack', error: e instanceof Error ? e.message : String(e) };
  }
  const { pack, errors } = loadPack(parsed.files);
  if (!pack) return { ok: false, code: 'invalid_pack', error: `${errors.length} error(s) in the pack`, errors };
  if (installed) {
    const c = compareVersions(pack.version, installed.version);
    if (c < 0) return { ok: false, code: 'older_version', error: `version ${pack.version} is older than the installed ${installed.version}` };
    if (c === 0 && sha256 !== installed.sha256)
      return { ok: false, code: 'version_not_raised', error: `the content changed but the version is still ${pack.version}` };
  }
  const sections = pack.documents.reduce((n, d) => n + d.sections.length, 0);
  return { ok: true, files: parsed.files, pack, meta: parsed.meta, sha256, sections };
}

/** Publishes: the bytes of pack.json and their signature (base64, one line, as pack.json.sig holds it). */
export async function publishPack(
  files: PackFile[],
  pack: Pack,
  privateKey: CryptoKey,
  now = new Date(),
): Promise<{ bytes: Uint8Array; signature: string; sha256: string }> {
  const bytes = publishedBytes(files, pack, now);
  const [signature, sha256] = await Promise.all([signBytes(privateKey, bytes), sha256Hex(bytes)]);
  return { bytes, signature, sha256 };
}
