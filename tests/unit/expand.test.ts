import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../utils/pack/active', () => ({
  readActivePack: async () => {
    reads.count++;
    return { pack: { templates: [{ shortcut: 'ختام' }, { shortcut: undefined }, { shortcut: 'استلام' }] } };
  },
}));

describe('the expander’s shortcut list (asked by each frame the staff member types ; in)', () => {
  it('is read from the pack once per pack stamp, not once per frame', async () => {
    const { shortcutList } = await import('../../utils/expand/render');
    const { importedPackStamp } = await import('../../utils/settings');
    fakeBrowser.reset();
    const before = reads.count;
    for (let i = 0; i < 5; i++) expect(await shortcutList()).toEqual({ shortcuts: ['ختام', 'استلام'] });
    expect(reads.count - before).toBe(1);
    // A new import changes the stamp: read again, once.
    await importedPackStamp.setValue('stamp-2');
    await shortcutList();
    await shortcutList();
    expect(reads.count - before).toBe(2);
  }, 30_000);
});

describe('the permission list in the docs', () => {
  it('every permission the manifest asks for is explained in docs/privacy.md', async () => {
    const { readFileSync } = await import('node:fs');
    const config = readFileSync('wxt.config.ts', 'utf8');
    const block = /\n\s*permissions:\s*\[([\s\S]*?)\n\s*\],/.exec(config)?.[1] ?? '';
    const asked = [...block.replace(/\/\/.*$/gm, '').matchAll(/'([a-zA-Z]+)'/g)].map((m) => m[1] as string).filter((p) => p !== 'firefox');
    expect(asked).toEqual(expect.arrayContaining(['storage', 'unlimitedStorage', 'notifications', 'sidePanel']));
    const privacy = readFileSync('docs/privacy.md', 'utf8');
    for (const p of asked) expect(privacy, p).toMatch(new RegExp(`^\\|.*\`${p}\`.*\\|`, 'm'));
  });
});
