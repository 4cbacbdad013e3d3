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

describe('what the staff member typed since their last ; (only trusted events feed it)', async () => {
  const { createTypedTracker } = await import('../../utils/expand/typed');
  const none = { ctrl: false, meta: false, alt: false };
  /** Real key presses: keydown, the editor's beforeinput for the same character, keyup. */
  const press = (t: ReturnType<typeof createTypedTracker>, keys: string[]) => {
    for (const k of keys) {
      t.key(k, none);
      if (k.length === 1 || k === 'Backspace') t.input(k === 'Backspace' ? 'deleteContentBackward' : 'insertText', k === 'Backspace' ? null : k);
      t.keyup();
    }
  };

  it('counts each key press once, whether or not the editor lets its beforeinput happen', () => {
    const t = createTypedTracker();
    expect(t.typed).toBeNull();
    press(t, [';', 'خ', 'ت', 'ا', 'م']);
    expect(t.typed).toBe('ختام');
    t.key('ز', none); // an editor that inserts the character itself (no beforeinput)
    t.keyup();
    expect(t.typed).toBe('ختامز');
    press(t, ['Backspace']);
    expect(t.typed).toBe('ختام');
  });

  it('takes text inserted without a key press (a layout or tool) from beforeinput', () => {
    const t = createTypedTracker();
    t.key(';', none);
    t.input('insertText', ';');
    t.keyup();
    for (const ch of 'ختام') t.input('insertText', ch);
    expect(t.typed).toBe('ختام');
    t.input('insertText', ' ;اس');
    expect(t.typed).toBe('اس');
    // A reply of several lines put in by the panel (a trusted insertText in Firefox) is not typing, whatever it ends with.
    t.input('insertText', 'السلام عليكم\nنرجو تزويدنا ;بالرقم');
    expect(t.typed).toBeNull();
  });

  it('knows nothing before a ;, and forgets on a space, a caret move, a paste, an IME, a click or a browser shortcut', () => {
    const t = createTypedTracker();
    press(t, ['خ']);
    expect(t.typed).toBeNull();
    const cases: ((x: ReturnType<typeof createTypedTracker>) => void)[] = [
      (x) => press(x, [' ']),
      (x) => press(x, ['ArrowLeft']),
      (x) => press(x, ['Enter']),
      (x) => x.input('insertFromPaste', 'ختام'),
      (x) => x.input('insertCompositionText', 'خ'),
      (x) => x.reset(),
      (x) => x.key('v', { ctrl: true, meta: false, alt: false }),
      (x) => press(x, ['Backspace', 'Backspace']), // past the ; itself
    ];
    for (const forget of cases) {
      const x = createTypedTracker();
      press(x, [';', 'خ']);
      forget(x);
      expect(x.typed).toBeNull();
    }
    const shifted = createTypedTracker();
    press(shifted, [';', 'Shift', 'A', 'Dead']);
    expect(shifted.typed).toBe('A');
    const altGr = createTypedTracker();
    press(altGr, [';']);
    altGr.key('@', { ctrl: true, meta: false, alt: true }); // AltGr on Windows reports Ctrl+Alt
    expect(altGr.typed).toBe('@');
  });

  it('the caret text the page wrote is not what was typed (the trap the expander refuses)', async () => {
    const { shortcutBefore } = await import('../../utils/expand');
    const t = createTypedTracker();
    press(t, ['م', 'ح', ';', ' ']); // the staff member typed a ; earlier, then moved on
    expect(shortcutBefore(';ختام')).toBe('ختام');
    expect(t.typed).not.toBe(shortcutBefore(';ختام'));
  });
});
