import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { withExtensionAndFixtures } from './fixture-server';
import { CHOOSER, chooseForm, type Extension, enableExpander, expandInEditor } from './helpers';
import { FAKE_SHORTCUT_PROBE } from './hostile';

/** A page on one origin embedding a frame from another (both 127.0.0.1, where the e2e build's expander runs). */
async function startHostileSite(): Promise<{ top: string; frame: string; close: () => Promise<void> }> {
  const listen = async (body: (other: string) => string) => {
    let other = '';
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body(other)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      setOther: (u: string) => {
        other = u;
      },
      close: () =>
        new Promise<void>((r) => {
          server.close(() => r());
          server.closeAllConnections(); // the browser keeps its connections alive
        }),
    };
  };
  // The framed page: a hidden field it fills with a public shortcut and a fake Tab, and a visible one the staff member may type in.
  const frame = await listen(
    () => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>
<textarea id="ta"></textarea>
${FAKE_SHORTCUT_PROBE}</body></html>`,
  );
  const top = await listen(
    (other) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>
<textarea id="own"></textarea><input id="name" autocomplete="off"><input id="trap" autocomplete="off" style="position:absolute;top:0;left:0;width:2px;height:2px;opacity:0">
<iframe id="ad" title="ad" src="${other}" style="width:400px;height:200px"></iframe>
<script>
  // Armed: on the staff member's own Tab, before anything else sees it, the focus moves to a field the page filled with a public shortcut.
  window.tabs = [];
  let armed = false;
  window.disarm = () => {
    armed = false;
  };
  window.armTrap = () => {
    const trap = document.getElementById('trap');
    trap.value = ';ختام';
    armed = true;
    window.addEventListener('keydown', (e) => {
      if (!armed || !e.isTrusted || e.key !== 'Tab') return;
      trap.focus();
      trap.setSelectionRange(trap.value.length, trap.value.length);
      setTimeout(() => window.tabs.push(e.defaultPrevented)); // read once every listener has run
    }, true);
  };
</script></body></html>`,
  );
  top.setOther(frame.url);
  return {
    top: top.url,
    frame: frame.url,
    close: async () => {
      await top.close();
      await frame.close();
    },
  };
}

/** Records, in the background, the expander's messages and which frame sent them. */
async function watchExpanderMessages(ext: Extension): Promise<() => Promise<{ type: string; url: string }[]>> {
  await ext.worker.evaluate(() => {
    const g = globalThis as unknown as {
      seen: { type: string; url: string }[];
      chrome: { runtime: { onMessage: { addListener: (f: (m: { type?: string }, s: { url?: string }) => undefined) => void } } };
    };
    g.seen = [];
    g.chrome.runtime.onMessage.addListener((m, s) => {
      if (m?.type === 'murshid:shortcuts' || m?.type === 'murshid:expand') g.seen.push({ type: m.type, url: s.url ?? '' });
      return undefined;
    });
  });
  return () => ext.worker.evaluate(() => (globalThis as unknown as { seen: { type: string; url: string }[] }).seen);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many of the pixels in a box of the page's screenshot are the test's red, and how many near white (the chooser's light background). */
async function colours(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const probe = await page.context().newPage();
  try {
    return await probe.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      let red = 0;
      let light = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [d[i], d[i + 1], d[i + 2]];
        if (r > 200 && g < 80 && b < 80) red++;
        if (r > 235 && g > 235 && b > 235) light++;
      }
      return { red, light, total: d.length / 4 };
    }, png);
  } finally {
    await probe.close();
  }
}

/** Listens as the page itself would (its own keydown listener on the window); the keys it heard since the last call. */
async function pageHears(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { heard: string[] };
    w.heard = [];
    window.addEventListener('keydown', (e) => w.heard.push(e.key));
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.splice(0));
}

describe('template shortcuts: ;shortcut then Tab (opt-in)', () => {
  const env = withExtensionAndFixtures({ before, after });

  test('off by default; once enabled it expands in a textarea and a contenteditable, never in a password field', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/plain.html'));
    await page.locator('#ta').fill('');
    await page.locator('#ta').pressSequentially(';استلام');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('#ta').inputValue(), ';استلام', 'nothing happens before the staff member opts in');

    const options = await env.ext.context.newPage();
    await options.goto(env.ext.url('options.html'));
    await options.getByLabel(/اكتب ;الاختصار ثم Tab/).check();
    await options.getByTestId('expand-message').filter({ hasText: 'الاختصارات مفعّلة' }).waitFor();

    await page.reload();
    await page.locator('#ta').fill('');
    await page.locator('#ta').pressSequentially('مرحباً ;استلام');
    await page.keyboard.press('Tab');
    await chooseForm(page);
    await page.waitForFunction(() => (document.getElementById('ta') as HTMLTextAreaElement).value.includes('لا تقل عن أسبوع'));
    const value = await page.locator('#ta').inputValue();
    assert.ok(value.startsWith('مرحباً '), value);
    assert.ok(!value.includes(';استلام'), 'the shortcut itself is replaced');
    assert.match(value, /«اسم المستفيد»/, 'what is not known is left for the staff member to fill');
    // Its first blank is selected: what the staff member types next fills it.
    const selected = () => page.locator('#ta').evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    assert.equal(await selected(), '«اسم المستفيد»');
    await page.keyboard.type('سارة');
    const filled = await page.locator('#ta').inputValue();
    assert.equal(filled, value.replace('«اسم المستفيد»', 'سارة'), 'the first blank, and only it, is filled');

    await page.locator('#ce').evaluate((el) => {
      el.textContent = '';
      (el as HTMLElement).focus();
    });
    await page.keyboard.type(';ختام');
    await page.keyboard.press('Tab');
    await chooseForm(page);
    await page.waitForFunction(() => document.getElementById('ce')?.textContent?.includes('شكراً'));
    const ce = await page.locator('#ce').innerText();
    assert.ok(!ce.includes(';ختام'));
    // In a contenteditable too, the blank (the staff member's name, not set here) is selected.
    await page.waitForFunction(() => /^«[^»]+»$/.test(document.getSelection()?.toString() ?? ''));
    // The expansion's own first blank: the text before the selection is the expansion's up to it.
    const upTo = await page.evaluate(() => {
      const r = document.createRange();
      const box = document.getElementById('ce') as HTMLElement;
      r.setStart(box, 0);
      r.setEnd(document.getSelection()?.getRangeAt(0).startContainer as Node, document.getSelection()?.getRangeAt(0).startOffset ?? 0);
      return r.toString();
    });
    const bare = (x: string) => x.replace(/\s+/g, ''); // a Range's text has no line breaks between blocks
    assert.equal(bare(upTo), bare(ce.slice(0, ce.indexOf('«'))));

    await page.locator('#pw').pressSequentially(';استلام');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('#pw').inputValue(), ';استلام');
    await page.close();
    await options.close();
  });

  test('a hostile frame faking ;shortcut + Tab gets nothing (dispatchEvent returns true); loading frames asks for nothing; the list is asked only when the staff member types ; in the frame they type in', async () => {
    await enableExpander(env.ext);
    const seen = await watchExpanderMessages(env.ext);
    const site = await startHostileSite();
    try {
      const page = await env.ext.context.newPage();
      await page.goto(site.top);
      await page.frameLocator('#ad').locator('#ta').waitFor();
      const frame = page.frames().find((f) => f.url() === site.frame);
      assert.ok(frame, 'the cross-origin frame loaded');
      // The expander is injected at document_idle in both frames; give it every chance to act.
      await page.waitForTimeout(800);
      const probe = () => frame.evaluate(() => (window as unknown as { probe: () => boolean }).probe());
      const hidden = frame.locator('#hidden');

      assert.equal(await probe(), true, 'the fake Tab was not cancelled: the page cannot tell the expander is there');
      await page.waitForTimeout(500);
      assert.equal(await hidden.inputValue(), ';ختام', 'the hidden field stays as the page left it');
      assert.deepEqual(await seen(), [], 'loading two frames and faking keys asked the background for nothing');

      // The staff member types in the top page: keys that cannot be a shortcut ask nothing; `;` fetches the list.
      await page.locator('#own').click();
      await page.keyboard.type('مرحباً');
      await page.keyboard.press('Space');
      assert.deepEqual(await seen(), []);
      await page.keyboard.type(';ختام');
      await page.keyboard.press('Tab');
      await chooseForm(page);
      await page.waitForFunction(() => (document.getElementById('own') as HTMLTextAreaElement).value.includes('شكراً'));
      assert.deepEqual(
        (await seen()).map((m) => `${m.type} ${m.url}`),
        [`murshid:shortcuts ${site.top}`, `murshid:expand ${site.top}`, `murshid:expand ${site.top}`],
        'only the frame the staff member typed in asked',
      );

      // The staff member types in the framed page: it is a frame they typed in, so it expands there.
      await frame.locator('#ta').click();
      await page.keyboard.type(';ختام');
      await page.keyboard.press('Tab');
      await chooseForm(page, '1', frame);
      await frame.waitForFunction(() => (document.getElementById('ta') as HTMLTextAreaElement).value.includes('شكراً'));
      const fromFrame = (await seen()).filter((m) => m.url === site.frame).map((m) => m.type);
      assert.deepEqual(fromFrame, ['murshid:shortcuts', 'murshid:expand', 'murshid:expand']);

      // Now that this frame holds the shortcut list, the page fakes the keys again: still nothing.
      await hidden.evaluate((el) => {
        (el as HTMLInputElement).value = '';
      });
      assert.equal(await probe(), true);
      await page.waitForTimeout(500);
      assert.equal(await hidden.inputValue(), ';ختام');
      assert.equal((await seen()).filter((m) => m.url === site.frame).length, 3, 'no further message from the hostile frame');
      await page.close();
    } finally {
      await site.close();
    }
  });

  test("a page that fills its own field with ;shortcut and moves the focus there on the staff member's real Tab gets nothing, and cannot tell from the Tab", async () => {
    await enableExpander(env.ext);
    const site = await startHostileSite();
    try {
      const page = await env.ext.context.newPage();
      await page.goto(site.top);
      await page.locator('#name').waitFor();
      await page.waitForTimeout(800); // the expander is injected at document_idle
      await page.evaluate(() => (window as unknown as { armTrap: () => void }).armTrap());
      // The staff member fills a form field and tabs on, having typed a `;` earlier (the list is loaded).
      await page.locator('#name').click();
      await page.keyboard.type('محمد; ');
      await page.keyboard.press('Tab');
      // …and once more straight after typing `;` then a word that is not the page's shortcut.
      await page.locator('#name').click();
      await page.keyboard.type(' ;خت');
      await page.keyboard.press('Tab');
      // Then the trap is lifted and the staff member expands their own shortcut: it arrives where they typed
      // it, and by then any expansion the two Tabs above had started would have arrived too.
      await page.evaluate(() => (window as unknown as { disarm: () => void }).disarm());
      await page.locator('#own').click();
      await page.keyboard.type(';ختام');
      await page.keyboard.press('Tab');
      await chooseForm(page);
      await page.waitForFunction(() => (document.getElementById('own') as HTMLTextAreaElement).value.includes('شكراً'));
      assert.equal(await page.locator('#trap').inputValue(), ';ختام', 'the field the page filled is left as it was');
      assert.deepEqual(await page.evaluate(() => (window as unknown as { tabs: boolean[] }).tabs), [false, false], 'the Tab was not held');
      await page.close();
    } finally {
      await site.close();
    }
  });
  test("a template with forms of address waits for the choice: «2» inserts the feminine text; Escape, another key or a click leave the typed shortcut; a page's fake «2» chooses nothing", async () => {
    await enableExpander(env.ext);
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/plain.html'));
    await page.waitForTimeout(800); // the expander is injected at document_idle
    // What the page itself hears of the keys (a listener of its own, after the chooser's).
    const heard = await pageHears(page);
    const ta = page.locator('#ta');
    const chooser = page.locator(CHOOSER);
    const typeShortcut = async (shortcut: string) => {
      await ta.fill('');
      await ta.focus();
      await page.keyboard.type(shortcut);
      await page.keyboard.press('Tab');
      await chooser.waitFor({ state: 'attached' });
      await heard();
    };

    await typeShortcut(';استلام');
    assert.equal(await ta.inputValue(), ';استلام', 'nothing is inserted before the choice');
    assert.equal(await chooser.evaluate((el) => el.shadowRoot), null, 'the page cannot open the chooser');
    assert.ok(!(await page.content()).includes('أسبوع'), 'no template text is in the page before the choice');
    await page.keyboard.press('2');
    await page.waitForFunction(() => (document.getElementById('ta') as HTMLTextAreaElement).value.includes('أسبوع'));
    const feminine = await ta.inputValue();
    assert.match(feminine, /^أختي الكريمة/, feminine);
    assert.match(feminine, /لتواصلكِ/);
    assert.doesNotMatch(feminine, /أخي الكريم|;استلام/);
    assert.equal(await chooser.count(), 0, 'the chooser is gone');
    assert.deepEqual(await heard(), [], 'the chosen digit is not typed and the page does not hear it');

    await typeShortcut(';ختام');
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    await page.waitForTimeout(300); // an insertion, had one started, would have arrived
    assert.equal(await ta.inputValue(), ';ختام', 'Escape cancels and leaves what was typed');
    assert.deepEqual(await heard(), [], "Escape is the chooser's");

    await typeShortcut(';ختام');
    await page.keyboard.press('x');
    await chooser.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    assert.equal(await ta.inputValue(), ';ختامx', 'another key cancels and is typed as usual');
    assert.deepEqual(await heard(), ['x']);

    await typeShortcut(';ختام');
    await page.mouse.click(2, 2);
    await chooser.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    assert.equal(await ta.inputValue(), ';ختام', 'a click cancels');

    await typeShortcut(';ختام');
    const notCancelled = await page.evaluate(() =>
      [document.getElementById('ta') as EventTarget, document, window].map((t) =>
        t.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', keyCode: 50, bubbles: true, cancelable: true, composed: true })),
      ),
    );
    assert.deepEqual(notCancelled, [true, true, true], "the page's own keys are left alone");
    await page.waitForTimeout(500);
    assert.equal(await chooser.count(), 1, 'a fake key neither chooses nor cancels');
    assert.equal(await ta.inputValue(), ';ختام', 'a page cannot choose a form');
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    assert.equal(await ta.inputValue(), ';ختام');
    await page.close();
  });

  test("the chooser paints above a page's z-index overlay and above a modal dialog holding the field (a page cannot cover it with a fake)", async () => {
    await enableExpander(env.ext);
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/plain.html'));
    await page.waitForTimeout(800); // the expander is injected at document_idle
    const chooser = page.locator(CHOOSER);
    /** The chooser's box (its host takes its size), and what a screenshot shows there. */
    const onTop = async (what: string) => {
      await chooser.waitFor({ state: 'attached' });
      const box = await chooser.boundingBox();
      assert.ok(box && box.width > 40 && box.height > 20, `${what}: the chooser has a box (${JSON.stringify(box)})`);
      // Inside its rounded corners (7px), where the page shows through by design.
      const seen = await colours(page, { x: box.x + 8, y: box.y + 8, width: box.width - 16, height: box.height - 16 });
      assert.equal(seen.red, 0, `${what}: nothing of the page's red paints over the chooser (${JSON.stringify(seen)})`);
      assert.ok(seen.light > seen.total / 2, `${what}: the chooser's own light background shows (${JSON.stringify(seen)})`);
    };

    // A red sheet over the whole page at z-index 1000, the field under it.
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.style.cssText = 'position:fixed;inset:0;z-index:1000;background:rgb(255,0,0);pointer-events:none';
      document.body.append(cover);
    });
    const ta = page.locator('#ta');
    await ta.fill('');
    await ta.focus();
    await page.keyboard.type(';ختام');
    await page.keyboard.press('Tab');
    await onTop('z-index overlay');
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    await page.evaluate(() => document.getElementById('cover')?.remove());

    // Opened after the chooser, a page's popover or dialog would paint above it, and a page's script
    // can restyle the host: either ends the wait with no choice, so no fake stands in for it.
    const tampers: [string, () => void][] = [
      [
        'a popover of its own',
        () => {
          const fake = document.createElement('div');
          fake.setAttribute('popover', 'manual');
          fake.textContent = '1 مؤنث';
          document.body.append(fake);
          fake.showPopover();
        },
      ],
      [
        'a modal dialog of its own',
        () => {
          const fake = document.createElement('dialog');
          document.body.append(fake);
          fake.showModal();
        },
      ],
      ['a style on the host', () => (document.querySelector(':root > div[popover]') as HTMLElement).style.setProperty('opacity', '0', 'important')],
      ['the host hidden', () => (document.querySelector(':root > div[popover]') as HTMLElement).hidePopover()],
    ];
    for (const [what, tamper] of tampers) {
      await ta.fill('');
      await ta.focus();
      await page.keyboard.type(';ختام');
      await page.keyboard.press('Tab');
      await chooser.waitFor({ state: 'attached' });
      await page.evaluate(tamper);
      await chooser.waitFor({ state: 'detached', timeout: 2000 }).catch(() => assert.fail(`${what}: the chooser stays`));
      await page.keyboard.press('1');
      await page.waitForTimeout(300);
      const value = await ta.inputValue();
      assert.ok(value.startsWith(';ختام') && !value.includes('شكراً'), `${what}: the wait ended with no choice (${value})`);
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('body > [popover], body > dialog')) el.remove();
      });
    }

    // A modal dialog (top layer) holding the field, red, over a red backdrop.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'dialog::backdrop { background: rgb(255,0,0); }';
      const dialog = document.createElement('dialog');
      dialog.style.cssText = 'width:80vw;height:80vh;background:rgb(255,0,0);border:0';
      dialog.innerHTML = '<textarea id="in-dialog" rows="3"></textarea>';
      document.head.append(style);
      document.body.append(dialog);
      dialog.showModal();
    });
    await page.locator('#in-dialog').focus();
    await page.keyboard.type(';ختام');
    await page.keyboard.press('Tab');
    await onTop('modal dialog');
    await page.keyboard.press('1');
    await chooser.waitFor({ state: 'detached' });
    await page.waitForFunction(() => (document.getElementById('in-dialog') as HTMLTextAreaElement).value.includes('شكراً'));
    await page.close();
  });

  test('a page that swallows every click, blur and focusout cannot make a digit typed in another field the choice', async () => {
    await enableExpander(env.ext);
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/plain.html'));
    await page.waitForTimeout(800);
    // Registered before the chooser's own listeners, in capture on the window: none of these reaches it.
    await page.evaluate(() => {
      for (const type of ['pointerdown', 'mousedown', 'blur', 'focusout']) window.addEventListener(type, (e) => e.stopImmediatePropagation(), true);
    });
    const ta = page.locator('#ta');
    const other = page.locator('#in');
    await other.fill('');
    await ta.fill('');
    await ta.focus();
    await page.keyboard.type(';استلام');
    await page.keyboard.press('Tab');
    await page.locator(CHOOSER).waitFor({ state: 'attached' });
    await other.click();
    await page.keyboard.press('2');
    await page.locator(CHOOSER).waitFor({ state: 'detached' });
    await page.waitForTimeout(500); // an insertion, had one started, would have arrived
    assert.equal(await ta.inputValue(), ';استلام', 'nothing is inserted into the first field');
    assert.equal(await other.inputValue(), '2', 'the 2 is typed where the staff member typed it');
    await page.close();
  });

  test("Tab goes from blank to blank of the expansion (textarea, contenteditable), the page never hearing those Tabs; after the last, or once a click or Escape ended it, Tab is the page's", async () => {
    await enableExpander(env.ext);
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/plain.html'));
    await page.waitForTimeout(800); // the expander is injected at document_idle
    // Every key the page itself hears (its own listener, on the window).
    const heard = await pageHears(page);
    const heardTabs = async () => (await heard()).filter((k) => k === 'Tab').length;
    const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const ta = page.locator('#ta');
    const ce = page.locator('#ce');
    const inTextarea = () =>
      ta.evaluate((t: HTMLTextAreaElement) => ({ before: t.value.slice(0, t.selectionStart), selected: t.value.slice(t.selectionStart, t.selectionEnd) }));
    const inEditable = () =>
      page.evaluate(() => {
        const sel = document.getSelection() as Selection;
        const r = document.createRange();
        r.setStart(document.getElementById('ce') as HTMLElement, 0);
        r.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
        return { before: r.toString(), selected: sel.toString() };
      });
    /** Types ;استلام + Tab in `where`, chooses the first form, and returns the expansion's blanks in order. */
    const expand = async (where: typeof ta, text: () => Promise<string>) => {
      await where.evaluate((el) => {
        if (el instanceof HTMLTextAreaElement) el.value = '';
        else el.textContent = '';
        (el as HTMLElement).focus();
      });
      await page.keyboard.type(';استلام');
      await page.keyboard.press('Tab');
      await chooseForm(page);
      await page.waitForFunction(
        () => document.getSelection()?.toString().startsWith('«') || /«/.test((document.activeElement as HTMLTextAreaElement).value ?? ''),
      );
      await page.waitForTimeout(200);
      const blanks = (await text()).match(/«[^»]+»/g) ?? [];
      assert.ok(blanks.length >= 2, `the template leaves several blanks in a fresh profile: ${JSON.stringify(blanks)}`);
      await heardTabs();
      return blanks;
    };

    for (const [name, where, read, text, leaves] of [
      ['textarea', ta, inTextarea, () => ta.inputValue(), 'in'],
      ['contenteditable', ce, inEditable, () => ce.innerText(), 'ce'],
    ] as const) {
      const blanks = await expand(where, text);
      const fills = blanks.map((_, i) => `ملء${'ابجد'[i % 4]}${i}`);
      for (const [i, blank] of blanks.entries()) {
        const now = await read();
        assert.equal(now.selected, blank, `${name}: blank ${i + 1} of ${blanks.length} is selected`);
        // Exactly the next one: every blank before it is filled, and what is typed lands in it.
        assert.ok(!now.before.includes('«') && (i === 0 || now.before.includes(fills[i - 1] as string)), `${name}: ${JSON.stringify(now.before)}`);
        await page.keyboard.type(fills[i] as string);
        await page.keyboard.press('Tab');
      }
      const done = await text();
      assert.ok(!done.includes('«'), `${name}: every blank filled: ${done}`);
      assert.ok(
        fills.every((f, i) => i === 0 || done.indexOf(f) > done.indexOf(fills[i - 1] as string)),
        `${name}: each in its place: ${done}`,
      );
      assert.equal(await heardTabs(), 1, `${name}: the page heard only the Tab after the last blank`);
      if (name === 'textarea') assert.equal(await activeId(), leaves, 'that Tab moved the focus as usual');
      else assert.notEqual(await activeId(), leaves, 'that Tab moved the focus as usual');
    }

    // A click in the field, Escape, or the focus leaving it (and coming back) ends it: the next Tab is the page's, though blanks are left.
    const leaveAndComeBack = async () => {
      await page.locator('#in').focus();
      await ta.focus();
    };
    for (const end of [() => ta.click(), () => page.keyboard.press('Escape'), leaveAndComeBack]) {
      await expand(ta, () => ta.inputValue());
      await page.keyboard.type('سارة');
      await end();
      await heardTabs();
      await page.keyboard.press('Tab');
      assert.equal(await activeId(), 'in', 'the Tab moved the focus');
      assert.equal(await heardTabs(), 1);
      assert.match(await ta.inputValue(), /«/, 'blanks were left, and not selected');
    }

    // A ;shortcut typed into a blank: its Tab is that shortcut's expansion (that check comes first).
    await expand(ta, () => ta.inputValue());
    await page.keyboard.type(';ختام');
    await page.keyboard.press('Tab');
    await chooseForm(page);
    await page.waitForFunction(() => (document.getElementById('ta') as HTMLTextAreaElement).value.includes('يسعدنا'));
    assert.ok(!(await ta.inputValue()).includes(';ختام'));
    await page.close();
  });

  test("Lexical: Tab selects the next blank in the editor's own model, so typing fills it there", async () => {
    await enableExpander(env.ext);
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/lexical.html'));
    await page.locator('#editor').click();
    await page.waitForTimeout(800); // the expander is injected at document_idle
    const model = () => page.locator('#state').evaluate((el) => el.textContent ?? '');
    await page.keyboard.type(';استلام');
    await page.keyboard.press('Tab');
    await chooseForm(page);
    await page.waitForFunction(() => document.getElementById('state')?.textContent?.includes('أسبوع'));
    await page.waitForTimeout(300);
    const expanded = await model();
    const [first, second] = expanded.match(/«[^»]+»/g) ?? [];
    assert.ok(first && second && first !== second, `the template leaves several blanks: ${expanded}`);
    await page.keyboard.type('س');
    await page.keyboard.press('Tab');
    await page.waitForFunction((b) => document.getSelection()?.toString() === b, second);
    await page.keyboard.type('ع');
    await page.waitForFunction((b) => !document.getElementById('state')?.textContent?.includes(b), second, { timeout: 3000 }).catch(() => {});
    // Typed into each blank in turn, in the model too: the second blank, and only it, took «ع».
    assert.equal(collapse(await model()), collapse(expanded.replace(first, 'س').replace(second, 'ع')));
    await page.close();
  });

  // Rich editors keep their own model: the shortcut must leave the model too, not only the DOM.
  const EDITORS = [
    { name: 'Lexical (WhatsApp Web)', path: '/lexical.html', editor: '#editor', model: '#state' },
    { name: 'Draft.js', path: '/draft.html', editor: '[contenteditable=true]', model: '#state' },
    { name: 'React-controlled textarea', path: '/react.html', editor: '#react-ta', model: '#react-state' },
  ];
  for (const { name, path, editor, model } of EDITORS) {
    test(`${name}: typed ;shortcut + Tab is replaced in the editor's own model, its blank selected there, Ctrl+Z undoes it`, async () => {
      await enableExpander(env.ext);
      const page = await env.ext.context.newPage();
      const r = await expandInEditor(page, { reference: env.server.url('/plain.html'), url: env.server.url(path), editor, model });
      assert.ok(!r.expanded.includes(';ختام'), `the shortcut is gone from the model: ${JSON.stringify(r.expanded)}`);
      assert.equal(collapse(r.expanded), collapse(`مرحباً ${r.expected}`));
      // What is typed next fills the expansion's first blank, selected in the editor's own model.
      assert.equal(collapse(r.filled), collapse(`مرحباً ${r.expected.replace(r.blank, 'م')}`));
      // Undo (Ctrl+Z, a few times) takes the letter and the expansion back; no step leaves the shortcut and its expansion together.
      assert.ok(!r.undone.some((s) => s.includes(';ختام') && s.includes('شكراً')), `undo steps: ${JSON.stringify(r.undone)}`);
      // The expansion was one replace of the typed shortcut: undoing it gives the shortcut back as typed.
      assert.equal(collapse(r.undone.at(-1) ?? ''), 'مرحباً ;ختام', `undo steps: ${JSON.stringify(r.undone)}`);
      await page.close();
    });
  }
});
