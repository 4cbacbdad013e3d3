import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ChooserKey, decideKey, waitForForm } from '../../utils/expand/chooser';
import { isExpanderMessage } from '../../utils/messaging';

const active = vi.hoisted(() => ({ override: null as null | ((real: unknown) => unknown) }));
vi.mock('../../utils/pack/active', async (original) => {
  const real = await original<typeof import('../../utils/pack/active')>();
  return { ...real, readActivePack: async () => (active.override ? active.override(await real.readActivePack()) : real.readActivePack()) };
});

const key = (k: string, more: Partial<ChooserKey> = {}): ChooserKey => ({ key: k, isTrusted: true, ctrlKey: false, metaKey: false, altKey: false, ...more });

describe('the form chooser: the staff member’s next key decides', () => {
  it.each([
    ['1', 'm'],
    ['2', 'f'],
    ['3', 'p'],
    ['١', 'm'],
    ['٢', 'f'],
    ['٣', 'p'],
    ['۲', 'f'], // a Persian layout's digit
  ])('%s chooses %s', (k, form) => expect(decideKey(key(k))).toBe(form));

  it.each([['4'], ['0'], ['٤'], ['a'], ['ب'], ['Enter'], ['Tab'], [' '], ['Backspace'], ['12']])('%j cancels (and goes on to the page)', (k) =>
    expect(decideKey(key(k))).toBe('cancel'),
  );

  it('Escape cancels (the chooser keeps it); a digit with Ctrl, Alt or ⌘ or while composing is not a choice', () => {
    expect(decideKey(key('Escape'))).toBe('escape');
    expect(decideKey(key('2', { ctrlKey: true }))).toBe('cancel');
    expect(decideKey(key('2', { altKey: true }))).toBe('cancel');
    expect(decideKey(key('2', { metaKey: true }))).toBe('cancel');
    expect(decideKey(key('2', { isComposing: true }))).toBe('cancel');
  });

  it('a page’s synthetic key is ignored, whatever it is; a modifier alone waits for the key it modifies', () => {
    for (const k of ['1', '2', '٣', 'Escape', 'a']) expect(decideKey(key(k, { isTrusted: false }))).toBe('ignore');
    for (const k of ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']) expect(decideKey(key(k))).toBe('ignore');
  });
});

/** The editor the shortcut was typed in; a key event's composedPath includes it unless the test says where else the key went. */
const EDITOR = { editor: true } as unknown as EventTarget;

/** A window or document as the chooser listens to it: events are plain objects, so a test can say they are trusted. */
function listening() {
  const listeners: { type: string; fn: (e: Event) => void; signal?: AbortSignal }[] = [];
  return {
    addEventListener(type: string, fn: (e: Event) => void, options?: AddEventListenerOptions) {
      listeners.push({ type, fn, signal: options?.signal });
    },
    fire(type: string, event: Record<string, unknown> = {}) {
      const e = {
        type,
        isTrusted: true,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        composedPath: () => [EDITOR],
        preventDefault: vi.fn(),
        stopImmediatePropagation: vi.fn(),
        ...event,
      };
      for (const l of listeners) if (l.type === type && !l.signal?.aborted) l.fn(e as unknown as Event);
      return e;
    },
    get live() {
      return listeners.filter((l) => !l.signal?.aborted).length;
    },
  };
}

describe('waiting for the form (listeners, what is swallowed, how it ends)', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('a trusted «2» chooses feminine and is swallowed; every listener goes', async () => {
    const win = listening();
    const doc = listening();
    const wait = waitForForm(win, doc, EDITOR);
    expect(win.live + doc.live).toBeGreaterThan(0);
    const untrusted = win.fire('keydown', { key: '2', isTrusted: false });
    expect(untrusted.preventDefault).not.toHaveBeenCalled();
    win.fire('pointerdown', { isTrusted: false });
    win.fire('keydown', { key: 'Shift' });
    const e = win.fire('keydown', { key: '٢' });
    expect(await wait.result).toBe('f');
    expect(e.preventDefault).toHaveBeenCalled();
    expect(e.stopImmediatePropagation).toHaveBeenCalled();
    expect(win.live + doc.live).toBe(0);
  });

  it('Escape cancels and is swallowed; another key cancels and is not', async () => {
    const a = listening();
    const cancelled = waitForForm(a, listening(), EDITOR);
    const esc = a.fire('keydown', { key: 'Escape' });
    expect(await cancelled.result).toBeNull();
    expect(esc.preventDefault).toHaveBeenCalled();

    const b = listening();
    const other = waitForForm(b, listening(), EDITOR);
    const x = b.fire('keydown', { key: 'x' });
    expect(await other.result).toBeNull();
    expect(x.preventDefault).not.toHaveBeenCalled();
    expect(x.stopImmediatePropagation).not.toHaveBeenCalled();
    // Once decided, nothing later changes it.
    expect(b.fire('keydown', { key: '1' }).preventDefault).not.toHaveBeenCalled();
  });

  it('a digit that went to another element than the editor cancels, is not swallowed, and chooses nothing (the page may have swallowed the click and the focusout)', async () => {
    const win = listening();
    const wait = waitForForm(win, listening(), EDITOR);
    const other = { other: true } as unknown as EventTarget;
    const e = win.fire('keydown', { key: '2', composedPath: () => [other] });
    expect(await wait.result).toBeNull();
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(e.stopImmediatePropagation).not.toHaveBeenCalled();
    expect(win.fire('keydown', { key: '2' }).preventDefault, 'decided: a later digit in the editor changes nothing').not.toHaveBeenCalled();
    // The same for Escape: it belongs where it was typed.
    const win2 = listening();
    const wait2 = waitForForm(win2, listening(), EDITOR);
    const esc = win2.fire('keydown', { key: 'Escape', composedPath: () => [other] });
    expect(await wait2.result).toBeNull();
    expect(esc.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    ['a click', (w: ReturnType<typeof listening>) => w.fire('pointerdown')],
    ['the window losing focus', (w: ReturnType<typeof listening>) => w.fire('blur')],
  ])('%s cancels', async (_, act) => {
    const win = listening();
    const wait = waitForForm(win, listening(), EDITOR);
    act(win);
    expect(await wait.result).toBeNull();
  });

  it('the editor losing focus cancels', async () => {
    const doc = listening();
    const wait = waitForForm(listening(), doc, EDITOR);
    doc.fire('focusout');
    expect(await wait.result).toBeNull();
  });

  it('10 s without a choice cancel', async () => {
    vi.useFakeTimers();
    const win = listening();
    const wait = waitForForm(win, listening(), EDITOR);
    let settled: unknown = 'pending';
    void wait.result.then((r) => {
      settled = r;
    });
    await vi.advanceTimersByTimeAsync(9_900);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBeNull();
    expect(win.live).toBe(0);
  });
});

describe('the expand message carries the chosen form, checked in the background', () => {
  it('accepts m, f, p or no form; refuses anything else', () => {
    for (const form of [undefined, 'm', 'f', 'p']) expect(isExpanderMessage({ type: 'murshid:expand', shortcut: 'ختام', form })).toBe(true);
    for (const form of ['pl', 'x', 'M', 1, null, {}, ['f']]) expect(isExpanderMessage({ type: 'murshid:expand', shortcut: 'ختام', form })).toBe(false);
  });
});

describe('expandShortcut renders the form the staff member chose', async () => {
  const { expandShortcut } = await import('../../utils/expand/render');
  const { hasAddressForms } = await import('../../utils/templates');
  const { readActivePack } = await import('../../utils/pack/active');
  const { scanTokens } = await import('../../utils/templates');
  beforeEach(() => {
    fakeBrowser.reset();
    active.override = null;
  });

  it('without a form, a template with forms of address is not rendered: the reply names the forms, in the staff member’s language', async () => {
    const reply = await expandShortcut('استلام');
    expect(reply.text).toBeUndefined();
    expect(reply.choose).toEqual({ lang: 'ar', title: 'صيغة المخاطبة', labels: ['مذكر', 'مؤنث', 'جمع (أكثر من شخص)'], keys: ['1', '2', '3'] });
  });

  it('«استلام» in each form: the feminine text has the feminine words and none of the masculine', async () => {
    const m = (await expandShortcut('استلام', undefined, 'm')).text ?? '';
    const f = (await expandShortcut('استلام', undefined, 'f')).text ?? '';
    const p = (await expandShortcut('استلام', undefined, 'p')).text ?? '';
    expect(m).toMatch(/^أخي الكريم/);
    expect(f).toMatch(/^أختي الكريمة/);
    expect(f).toContain('لتواصلكِ');
    expect(f).not.toMatch(/أخي الكريم|لتواصلك(?!ِ)/);
    expect(p).toMatch(/^الإخوة الكرام/);
    expect(p).toContain('لتواصلكم');
  });

  it('every template with a shortcut in the bundled pack: the three forms differ, and each carries its own form of the first form-dependent word', async () => {
    const loaded = await readActivePack();
    active.override = () => loaded; // parsed once for the whole table
    const { pack } = loaded;
    const withShortcut = (pack?.templates ?? []).filter((x) => x.shortcut && hasAddressForms(x.body));
    expect(withShortcut.length).toBeGreaterThan(10);
    for (const tpl of withShortcut) {
      const first = scanTokens(tpl.body).find((t) => t.kind === 'gender' && new Set(t.forms).size > 1)?.forms as [string, string, string];
      const texts = await Promise.all(
        (['m', 'f', 'p'] as const).map(async (form) => (await expandShortcut(tpl.shortcut as string, undefined, form)).text ?? ''),
      );
      expect(new Set(texts).size, tpl.id).toBe(3);
      for (const [i, text] of texts.entries()) expect(text, `${tpl.id} ${i}`).toContain(first[i]);
    }
  }, 30_000);

  it('a template written without forms of address inserts at once, as before', async () => {
    active.override = (real) => {
      const r = real as Awaited<ReturnType<typeof readActivePack>>;
      const base = r.pack?.templates[0];
      return { ...r, pack: r.pack && base && { ...r.pack, templates: [{ ...base, shortcut: 'بلا', body: 'شكراً لكم، {{g:معك|معك|معك}} {{staff_name}}.' }] } };
    };
    const reply = await expandShortcut('بلا');
    expect(reply.choose).toBeUndefined();
    expect(reply.text).toMatch(/^شكراً لكم، معك /);
  });

  it('a form other than m, f, p gets nothing, even if it reached the background', async () => {
    expect(await expandShortcut('استلام', undefined, 'pl' as 'p')).toEqual({});
  });

  it('in English with Arabic-Indic digits, the chooser reads in English and shows the keys in those digits', async () => {
    const { digitsPref, uiLanguage } = await import('../../utils/settings');
    await uiLanguage.setValue('en');
    await digitsPref.setValue('arab');
    expect((await expandShortcut('ختام')).choose).toEqual({
      lang: 'en',
      title: 'Form of address',
      labels: ['Masculine', 'Feminine', 'Plural (more than one person)'],
      keys: ['١', '٢', '٣'],
    });
  });
});
