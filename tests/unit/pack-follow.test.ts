import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackFiles } from '../../scripts/lib/pack-files';
import { generateKeyPair, importPrivateKey, publishPack } from '../../utils/distribution';
import { checkPackNow, signatureUrl } from '../../utils/distribution/follow';
import { EMPTY_FOLLOW, followState, ownPackSource, packOrigin } from '../../utils/distribution/state';
import { followView } from '../../utils/distribution/status';
import { loadPack, type PackFile } from '../../utils/knowledge';
import { readActivePack } from '../../utils/pack/active';

const URL_ = 'https://example.org.sa/murshid/pack.json';
const bundled = readPackFiles('knowledge');

function atVersion(version: string, amend = ''): PackFile[] {
  return bundled.map((f) =>
    f.path === 'pack.json'
      ? { ...f, content: f.content.replace(/"version": "[^"]+"/, `"version": "${version}"`) }
      : f.path === 'documents/policy.md' && amend
        ? { ...f, content: f.content.replace('بإتقان وسرعة', `بإتقان وسرعة ${amend}`) }
        : f,
  );
}

interface Served {
  body: Uint8Array;
  sig: string;
  sha256: string;
}
let keys: { privatePem: string; publicKey: string };
const packs: Record<string, Served> = {};

beforeAll(async () => {
  keys = await generateKeyPair();
  const key = await importPrivateKey(keys.privatePem);
  for (const [v, amend] of [
    ['1.1', 'وأمانة'],
    ['1.2', 'وأمانة ولطف'],
    ['1.3', 'وأمانة ولطف وصبر'],
  ] as const) {
    const files = atVersion(v, amend);
    const r = await publishPack(files, loadPack(files).pack as NonNullable<ReturnType<typeof loadPack>['pack']>, key);
    packs[v] = { body: r.bytes, sig: r.signature, sha256: r.sha256 };
  }
});

/** A static host: one pack at a time, ETag = its sha256, 304 on a match; records what was asked. */
function host() {
  const state = { current: null as Served | null, down: false, requests: [] as { url: string; headers: Record<string, string>; cache?: RequestCache }[] };
  const fetcher = async (url: string, init: RequestInit): Promise<Response> => {
    state.requests.push({ url, headers: { ...(init.headers as Record<string, string>) }, cache: init.cache });
    if (state.down) throw new TypeError('Failed to fetch');
    const cur = state.current;
    if (!cur) return new Response('not found', { status: 404 });
    if (url === signatureUrl(URL_)) return new Response(cur.sig);
    const etag = `"${cur.sha256}"`;
    if ((init.headers as Record<string, string> | undefined)?.['if-none-match'] === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(cur.body.slice(), { headers: { etag } });
  };
  return { state, fetcher };
}

async function clearDb(): Promise<void> {
  await new Promise<void>((ok) => {
    const r = indexedDB.deleteDatabase('murshid-pack');
    r.onsuccess = r.onerror = r.onblocked = () => ok();
  });
}

describe('following a published pack', () => {
  let access = true;
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearDb();
    access = true;
    Object.assign(fakeBrowser.permissions, { contains: async () => access });
  });

  it('does nothing without a source', async () => {
    const { fetcher, state } = host();
    expect(await checkPackNow(fetcher)).toEqual({ kind: 'none' });
    expect(state.requests).toHaveLength(0);
  });

  it('applies a genuine pack whole, then asks with its ETag and gets 304, then takes a newer one', async () => {
    const { fetcher, state } = host();
    await ownPackSource.setValue({ url: URL_, publicKey: keys.publicKey });
    state.current = packs['1.1'] as Served;
    expect(await checkPackNow(fetcher)).toEqual({ kind: 'applied', version: '1.1' });
    let active = await readActivePack();
    expect(active.pack?.version).toBe('1.1');
    expect(active.pack?.documents.find((d) => d.id === 'policy')?.sections.some((s) => s.text.includes('وسرعة وأمانة'))).toBe(true);
    const origin = await packOrigin.getValue();
    expect(origin).toMatchObject({ kind: 'followed', version: '1.1', sha256: packs['1.1']?.sha256, url: URL_, stamp: active.stamp });
    const followed = await followState.getValue();
    expect(followed.installed?.version).toBe('1.1');
    expect(followed.lastSuccessAt).not.toBeNull();
    expect(followed.lastError).toBeNull();

    expect(await checkPackNow(fetcher)).toEqual({ kind: 'unchanged', version: '1.1' });
    expect(state.requests.at(-1)?.headers['if-none-match']).toBe(`"${packs['1.1']?.sha256}"`);
    expect(state.requests.at(-1)?.cache).toBe('no-store');

    state.current = packs['1.2'] as Served;
    expect(await checkPackNow(fetcher)).toEqual({ kind: 'applied', version: '1.2' });
    active = await readActivePack();
    expect(active.pack?.version).toBe('1.2');
  });

  it('refuses a tampered, an unsigned and a replayed pack, and a dead host; the current pack keeps answering', async () => {
    const { fetcher, state } = host();
    await ownPackSource.setValue({ url: URL_, publicKey: keys.publicKey });
    state.current = packs['1.2'] as Served;
    await checkPackNow(fetcher);
    const before = await readActivePack();

    const tampered = (packs['1.3'] as Served).body.slice();
    tampered[tampered.length - 10] = (tampered[tampered.length - 10] as number) ^ 1;
    state.current = { ...(packs['1.3'] as Served), body: tampered };
    expect(await checkPackNow(fetcher)).toMatchObject({ kind: 'refused', code: 'signature_invalid' });
    expect((await followState.getValue()).lastError?.code).toBe('signature_invalid');

    state.current = { ...(packs['1.3'] as Served), sig: (packs['1.3'] as Served).sig.slice(0, 40) };
    expect(await checkPackNow(fetcher)).toMatchObject({ kind: 'refused', code: 'signature_invalid' });

    state.current = packs['1.1'] as Served;
    expect(await checkPackNow(fetcher)).toMatchObject({ kind: 'refused', code: 'older_version' });

    state.down = true;
    expect(await checkPackNow(fetcher)).toMatchObject({ kind: 'refused', code: 'network' });
    access = false;
    expect(await checkPackNow(fetcher)).toMatchObject({ kind: 'refused', code: 'no_access' });
    // Without host access no custom header (it would need a CORS pre-flight): the browser cache revalidates.
    expect(state.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(state.requests.at(-1)?.cache).toBe('no-cache');

    const after = await readActivePack();
    expect(after.stamp).toBe(before.stamp);
    expect(after.pack?.version).toBe('1.2');
    const s = await followState.getValue();
    expect(s.installed?.version).toBe('1.2');
    expect(s.lastError?.code).toBe('no_access');
  });

  it('a policy source wins over the options page, with a wrong key nothing is applied', async () => {
    const { fetcher, state } = host();
    state.current = packs['1.1'] as Served;
    await ownPackSource.setValue({ url: 'https://elsewhere.example/pack.json', publicKey: keys.publicKey });
    await fakeBrowser.storage.managed.set({ packUrl: URL_, packPublicKey: (await generateKeyPair()).publicKey });
    expect(await checkPackNow(fetcher)).toMatchObject({ kind: 'refused', code: 'signature_invalid' });
    expect(state.requests[0]?.url).toBe(URL_);
    expect((await readActivePack()).source).toBe('bundled');
    // During a key rotation the policy lists two keys: the pack signed by either is taken.
    await fakeBrowser.storage.managed.set({ packUrl: URL_, packPublicKey: `${(await generateKeyPair()).publicKey} ${keys.publicKey}` });
    expect(await checkPackNow(fetcher)).toEqual({ kind: 'applied', version: '1.1' });
  });

  it('a local import made while following is not overwritten: the newer version waits', async () => {
    const { fetcher, state } = host();
    await ownPackSource.setValue({ url: URL_, publicKey: keys.publicKey });
    state.current = packs['1.1'] as Served;
    await checkPackNow(fetcher);
    const active = await readActivePack();
    await packOrigin.setValue({ kind: 'imported', stamp: active.stamp as string, pack_id: 'wa3i', version: '1.1', sha256: 'x', at: '', overridesFollow: true });
    state.current = packs['1.2'] as Served;
    expect(await checkPackNow(fetcher)).toEqual({ kind: 'waiting', version: '1.2' });
    expect((await readActivePack()).pack?.version).toBe('1.1');
    expect((await followState.getValue()).waiting?.version).toBe('1.2');
  });
});

describe('which pack is active, and why', () => {
  const origin = { kind: 'followed' as const, stamp: 's1', pack_id: 'p', version: '1', sha256: 'h', at: '' };
  const view = (o: Partial<Parameters<typeof followView>[0]>) =>
    followView({ hasSource: true, origin: null, activeStamp: null, state: EMPTY_FOLLOW, hasAccess: true, ...o });
  it('names the reason', () => {
    expect(view({ hasSource: false }).reason).toBe('bundled');
    expect(view({}).reason).toBe('followed_pending');
    expect(view({ origin, activeStamp: 's1' }).reason).toBe('followed');
    expect(view({ origin, activeStamp: 's2' }).reason).toBe('followed_pending');
    expect(view({ origin: { ...origin, kind: 'imported', overridesFollow: true }, activeStamp: 's1' }).reason).toBe('imported_over_follow');
    expect(view({ hasSource: false, activeStamp: 's2' }).reason).toBe('imported');
  });
  it('asks for host access only when a check failed for want of it', () => {
    const failed = { ...EMPTY_FOLLOW, lastError: { code: 'no_access' as const, detail: '', at: '' } };
    expect(view({ state: failed, hasAccess: false }).needsAccess).toBe(true);
    expect(view({ state: failed, hasAccess: true }).needsAccess).toBe(false);
    expect(view({ state: EMPTY_FOLLOW, hasAccess: false }).needsAccess).toBe(false);
  });
});
