import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { generateKeyPair, importPrivateKey, publishPack } from '../../utils/distribution';
import { checkPackNow, MAX_PACK_BYTES, signatureUrl } from '../../utils/distribution/follow';
import { followState, ownPackSource } from '../../utils/distribution/state';
import { loadPack } from '../../utils/knowledge';
import { readActivePack } from '../../utils/pack/active';

const URL_ = 'https://example.org.sa/murshid/pack.json';
const bundled = readPackFiles('knowledge');
let publicKey = '';
let genuine: { body: Uint8Array; sig: string };

beforeAll(async () => {
  const keys = await generateKeyPair();
  publicKey = keys.publicKey;
  const files = bundled.map((f) => (f.path === 'pack.json' ? { ...f, content: f.content.replace(/"version": "[^"]+"/, '"version": "9.9"') } : f));
  const r = await publishPack(files, loadPack(files).pack as NonNullable<ReturnType<typeof loadPack>['pack']>, await importPrivateKey(keys.privatePem));
  genuine = { body: r.bytes, sig: r.signature };
});

beforeEach(async () => {
  fakeBrowser.reset();
  await new Promise<void>((ok) => {
    const r = indexedDB.deleteDatabase('murshid-pack');
    r.onsuccess = r.onerror = r.onblocked = () => ok();
  });
  Object.assign(fakeBrowser.permissions, { contains: async () => true });
  await ownPackSource.setValue({ url: URL_, publicKey });
});

/** A body that sends `first` at once and then nothing more, like a server stalled mid-answer. */
function stalled(first: Uint8Array, headers: Record<string, string> = {}): Response {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(first);
    },
  });
  return new Response(body, { headers });
}

/** A body that streams `chunk` forever (a server that never stops), counting what was pulled. */
function endless(chunk: Uint8Array, pulled: { bytes: number }): Response {
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(c) {
        pulled.bytes += chunk.byteLength;
        c.enqueue(chunk);
      },
    }),
  );
}

const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('a pack source that answers its headers and then stalls or never ends', () => {
  it('a pack.json that stops mid-body is a timeout, the current pack keeps answering, and the next check is not blocked', async () => {
    const before = (await readActivePack()).stamp;
    const outcome = await Promise.race([
      checkPackNow(async (url) => (url === URL_ ? stalled(genuine.body.slice(0, 100)) : new Response(genuine.sig)), undefined, 200),
      new Promise((r) => setTimeout(() => r('still waiting after 3 s'), 3000)),
    ]);
    expect(outcome).toMatchObject({ kind: 'refused', code: 'timeout' });
    expect((await followState.getValue()).lastError?.code).toBe('timeout');
    expect((await readActivePack()).stamp).toBe(before);
    // The stalled check ended: a later check runs and takes the genuine pack.
    const next = await checkPackNow(async (url) => new Response(url === signatureUrl(URL_) ? genuine.sig : genuine.body.slice()), undefined, 2000);
    expect(next).toEqual({ kind: 'applied', version: '9.9' });
  });

  it('a signature that stops mid-body is a timeout too', async () => {
    const outcome = await Promise.race([
      checkPackNow(async (url) => (url === URL_ ? new Response(genuine.body.slice()) : stalled(new TextEncoder().encode('AAAA'))), undefined, 200),
      new Promise((r) => setTimeout(() => r('still waiting after 3 s'), 3000)),
    ]);
    expect(outcome).toMatchObject({ kind: 'refused', code: 'timeout' });
  });

  it('an endless pack.json is refused once it passes the limit, without reading much past it', async () => {
    const pulled = { bytes: 0 };
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const outcome = await checkPackNow(async (url) => (url === URL_ ? endless(chunk, pulled) : new Response(genuine.sig)), undefined, 20_000);
    expect(outcome).toMatchObject({ kind: 'refused', code: 'too_large' });
    expect(pulled.bytes).toBeLessThan(MAX_PACK_BYTES + 4 * chunk.byteLength);
  }, 30_000);

  it('a Content-Length above the limit is refused before the body is read', async () => {
    const pulled = { bytes: 0 };
    const outcome = await checkPackNow(async (url) => {
      if (url !== URL_) return new Response(genuine.sig);
      const res = endless(new Uint8Array(1024), pulled);
      return new Response(res.body, { headers: { 'content-length': String(MAX_PACK_BYTES + 1) } });
    });
    expect(outcome).toMatchObject({ kind: 'refused', code: 'too_large' });
    expect(pulled.bytes).toBeLessThan(64 * 1024);
  });

  it('a huge signature file is refused as too large, not read whole', async () => {
    const pulled = { bytes: 0 };
    const outcome = await checkPackNow(async (url) =>
      url === URL_ ? new Response(genuine.body.slice()) : endless(new Uint8Array(64 * 1024).fill(0x41), pulled),
    );
    expect(outcome).toMatchObject({ kind: 'refused', code: 'too_large' });
    expect(pulled.bytes).toBeLessThan(1024 * 1024);
  });

  it('"too large" is said in both languages', () => {
    for (const lang of ['ar', 'en']) expect(messages(lang).packError_too_large?.message).toContain('$1');
  });
});
