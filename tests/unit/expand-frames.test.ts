import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Script = { id: string; allFrames?: boolean; matchOriginAsFallback?: boolean };

/** The scripting API as a browser answers `registerContentScripts`: `refuse` throws for the flag it does not know. */
function scripting(refuseFlag: boolean) {
  const registered: Script[][] = [];
  const registerContentScripts = vi.fn(async (scripts: Script[]) => {
    if (refuseFlag && scripts.some((s) => 'matchOriginAsFallback' in s)) throw new Error('Unexpected property "matchOriginAsFallback"');
    registered.push(scripts);
  });
  Object.assign(fakeBrowser, { scripting: { getRegisteredContentScripts: async () => [], registerContentScripts, unregisterContentScripts: vi.fn() } });
  Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => true) });
  return { registered, registerContentScripts };
}

describe('the expander reaches editors in their own iframe (TinyMCE: about:srcdoc)', () => {
  it('registers in every frame, about:srcdoc and about:blank ones matched by the origin they inherit', async () => {
    const { enableExpansion } = await import('../../utils/expand');
    fakeBrowser.reset();
    const { registered } = scripting(false);
    expect(await enableExpansion()).toBe(true);
    expect(registered).toEqual([[expect.objectContaining({ id: 'murshid-expand', allFrames: true, matchOriginAsFallback: true })]]);
  });

  it('still registers in a browser that does not know the flag (Firefox before 128 matches those frames anyway)', async () => {
    const { enableExpansion } = await import('../../utils/expand');
    fakeBrowser.reset();
    const { registered, registerContentScripts } = scripting(true);
    expect(await enableExpansion()).toBe(true);
    expect(registerContentScripts).toHaveBeenCalledTimes(2);
    expect(registered).toEqual([[expect.objectContaining({ id: 'murshid-expand', allFrames: true })]]);
    expect(registered[0]?.[0]).not.toHaveProperty('matchOriginAsFallback');
  });
});

describe('an expander turned on by an earlier version (no iframe flag) is brought up to date on update', () => {
  function registeredAs(script: Script | null) {
    const current: Script[] = script ? [script] : [];
    const api = {
      getRegisteredContentScripts: vi.fn(async () => [...current]),
      registerContentScripts: vi.fn(async (scripts: Script[]) => {
        current.push(...scripts);
      }),
      unregisterContentScripts: vi.fn(async () => {
        current.length = 0;
      }),
    };
    Object.assign(fakeBrowser, { scripting: api });
    return { api, current };
  }

  it('registered without the flag: registered again with it', async () => {
    const { refreshExpansion } = await import('../../utils/expand');
    fakeBrowser.reset();
    const { current } = registeredAs({ id: 'murshid-expand', allFrames: true });
    await refreshExpansion();
    expect(current).toEqual([expect.objectContaining({ id: 'murshid-expand', allFrames: true, matchOriginAsFallback: true })]);
  });

  it('off: stays off; already up to date: left alone', async () => {
    const { refreshExpansion } = await import('../../utils/expand');
    fakeBrowser.reset();
    const off = registeredAs(null);
    await refreshExpansion();
    expect(off.current).toEqual([]);
    expect(off.api.registerContentScripts).not.toHaveBeenCalled();
    const fresh = registeredAs({ id: 'murshid-expand', allFrames: true, matchOriginAsFallback: true });
    await refreshExpansion();
    expect(fresh.api.unregisterContentScripts).not.toHaveBeenCalled();
    expect(fresh.api.registerContentScripts).not.toHaveBeenCalled();
  });
});
