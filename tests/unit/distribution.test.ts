import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../../scripts/lib/pack-files';
import {
  compareVersions,
  filesFromPublished,
  generateKeyPair,
  importPrivateKey,
  parsePublicKeys,
  publicKeyOf,
  publishPack,
  verifyPublished,
} from '../../utils/distribution';
import { loadPack, type PackFile } from '../../utils/knowledge';

const bundled = readPackFiles('knowledge');

/** The bundled pack at another version (the manifest's "version" rewritten). */
function atVersion(version: string, files: PackFile[] = bundled): PackFile[] {
  return files.map((f) => (f.path === 'pack.json' ? { ...f, content: f.content.replace(/"version": "[^"]+"/, `"version": "${version}"`) } : f));
}

async function published(version: string, privatePem: string) {
  const files = atVersion(version);
  const { pack } = loadPack(files);
  if (!pack) throw new Error('fixture pack invalid');
  const r = await publishPack(files, pack, await importPrivateKey(privatePem), new Date('2026-12-01T10:00:00Z'));
  return { ...r, sig: new TextEncoder().encode(`${r.signature}\n`) };
}

describe('signing and verifying a published pack', () => {
  it('a genuine pack verifies and rebuilds into the same pack an import gives', async () => {
    const keys = await generateKeyPair();
    expect(parsePublicKeys(keys.publicKey)[0]).toHaveLength(32);
    expect(keys.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(await publicKeyOf(await importPrivateKey(keys.privatePem))).toBe(keys.publicKey);
    const p = await published('2026.12.1', keys.privatePem);
    const r = await verifyPublished(p.bytes, p.sig, parsePublicKeys(keys.publicKey));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sha256).toBe(p.sha256);
    expect(r.meta).toEqual({ id: 'wa3i', version: '2026.12.1', published_at: '2026-12-01T10:00:00.000Z' });
    const direct = loadPack(atVersion('2026.12.1')).pack;
    expect(r.pack.documents).toEqual(direct?.documents);
    expect(r.pack.templates.map((t) => t.id)).toEqual(direct?.templates.map((t) => t.id));
    expect(r.pack.synonyms).toEqual(direct?.synonyms);
    expect(r.pack.channels).toEqual(direct?.channels);
  });

  it('refuses a changed byte, a wrong key, a truncated or missing signature', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const p = await published('2026.12.1', keys.privatePem);
    const good = parsePublicKeys(keys.publicKey);
    const changed = p.bytes.slice();
    const at = changed.indexOf(0x0a, 2000) + 1; // a byte somewhere inside, not the end
    changed[at] = (changed[at] as number) ^ 1;
    expect(await verifyPublished(changed, p.sig, good)).toMatchObject({ ok: false, code: 'signature_invalid' });
    expect(await verifyPublished(p.bytes, p.sig, parsePublicKeys(other.publicKey))).toMatchObject({ ok: false, code: 'signature_invalid' });
    expect(await verifyPublished(p.bytes, new TextEncoder().encode(p.signature.slice(0, 60)), good)).toMatchObject({ ok: false, code: 'signature_invalid' });
    expect(await verifyPublished(p.bytes, null, good)).toMatchObject({ ok: false, code: 'signature_missing' });
    expect(await verifyPublished(p.bytes, new Uint8Array(), good)).toMatchObject({ ok: false, code: 'signature_missing' });
    expect(await verifyPublished(p.bytes, p.sig, parsePublicKeys('not a key'))).toMatchObject({ ok: false, code: 'no_key' });
    // Raw 64-byte signatures are read too.
    const raw = Uint8Array.from(atob(p.signature), (c) => c.charCodeAt(0));
    expect((await verifyPublished(p.bytes, raw, good)).ok).toBe(true);
  });

  it('during a key rotation either of two keys is accepted', async () => {
    const oldKeys = await generateKeyPair();
    const newKeys = await generateKeyPair();
    const both = parsePublicKeys(`${oldKeys.publicKey} ${newKeys.publicKey}`);
    expect(both).toHaveLength(2);
    for (const k of [oldKeys, newKeys]) {
      const p = await published('2026.12.1', k.privatePem);
      expect((await verifyPublished(p.bytes, p.sig, both)).ok).toBe(true);
    }
  });

  it('refuses a replayed older version and a re-signed change that kept its version', async () => {
    const keys = await generateKeyPair();
    const pub = parsePublicKeys(keys.publicKey);
    const v1 = await published('2026.12.1', keys.privatePem);
    const v2 = await published('2026.12.2', keys.privatePem);
    const installed = { version: '2026.12.2', sha256: v2.sha256 };
    expect(await verifyPublished(v1.bytes, v1.sig, pub, installed)).toMatchObject({ ok: false, code: 'older_version' });
    // The same version published again (another published_at): other bytes, same version.
    const again = await publishPack(
      atVersion('2026.12.2'),
      loadPack(atVersion('2026.12.2')).pack as never,
      await importPrivateKey(keys.privatePem),
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(await verifyPublished(again.bytes, new TextEncoder().encode(again.signature), pub, installed)).toMatchObject({
      ok: false,
      code: 'version_not_raised',
    });
    expect((await verifyPublished(v2.bytes, v2.sig, pub, installed)).ok).toBe(true);
    const v10 = await published('2026.12.10', keys.privatePem);
    expect((await verifyPublished(v10.bytes, v10.sig, pub, installed)).ok).toBe(true);
  });

  it('a signed but invalid pack is refused with the import errors', async () => {
    const keys = await generateKeyPair();
    const p = await published('2026.12.1', keys.privatePem);
    const broken = JSON.parse(new TextDecoder().decode(p.bytes));
    broken.documents[0].content = broken.documents[0].content.replace('status: official', 'status: draft');
    const bytes = new TextEncoder().encode(JSON.stringify(broken));
    const key = await importPrivateKey(keys.privatePem);
    const sig = new TextEncoder().encode(btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('Ed25519', key, bytes)))));
    const r = await verifyPublished(bytes, sig, parsePublicKeys(keys.publicKey));
    expect(r).toMatchObject({ ok: false, code: 'invalid_pack' });
    expect(r.ok ? [] : (r.errors ?? []).map((e) => e.file)).toContain('documents/policy.md');
    expect(() => filesFromPublished('{"format":"other"}')).toThrow(/not a published Murshid pack/);
    expect(() => filesFromPublished('{')).toThrow(/not valid JSON/);
  });

  it('orders versions part by part, numbers as numbers', () => {
    expect(compareVersions('2026.11.2', '2026.11.10')).toBe(-1);
    expect(compareVersions('2026.12', '2026.11.9')).toBe(1);
    expect(compareVersions('3', '3.0')).toBe(0);
    expect(compareVersions('1.2-b', '1.2-a')).toBe(1);
  });

  it('refuses a file that is not a private key', async () => {
    await expect(importPrivateKey('hello')).rejects.toThrow(/PKCS#8/);
    const keys = await generateKeyPair();
    await expect(importPrivateKey(keys.publicKey)).rejects.toThrow(/PKCS#8/);
  });
});
