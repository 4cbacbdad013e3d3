import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM } from './helpers';

// Hostile Markdown an imported pack could carry; each must render inert in a real browser.
const PAYLOADS = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 2">',
  '[click](javascript:window.pwned=3)',
  '[click](JaVaScRiPt:window.pwned=3)',
  '<a href="javascript&colon;window.pwned=4">x</a>',
  '<svg><script>window.pwned = 5</script></svg>',
  '<svg onload="window.pwned=6"><circle r="5"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=7">',
  '<p style="position:fixed;inset:0;background:red">overlay</p>',
  '<iframe src="javascript:parent.pwned=8"></iframe>',
  '<details open ontoggle="window.pwned=9">x</details>',
  '<form action="javascript:window.pwned=10"><button>go</button></form>',
  '![x](javascript:window.pwned=11)',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<object data="javascript:window.pwned=12"></object>',
  '<div onclick="window.pwned=13" onmouseover="window.pwned=13">hover</div>',
];

describe('renderMarkdown in real Chromium', () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    const bundle = await build({
      entryPoints: ['utils/markdown/index.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'md',
      write: false,
      platform: 'browser',
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  });
  after(async () => browser?.close());

  test('keeps ordinary Markdown', async () => {
    const html = await page.evaluate(() =>
      (window as unknown as { md: { renderMarkdown: (s: string) => string } }).md.renderMarkdown(
        '## عنوان\n\n1. أولاً\n2. **ثانياً** [رابط](https://example.org)',
      ),
    );
    assert.match(html, /<h2 dir="auto">عنوان<\/h2>/);
    assert.match(html, /<ol>/);
    assert.match(html, /<strong>ثانياً<\/strong>/);
    assert.match(html, /href="https:\/\/example.org" target="_blank" rel="noopener noreferrer"/);
  });

  test('a remote image is not loaded (it would tell a third party who reads the section); a data: image is kept', async () => {
    const html = await page.evaluate(() =>
      (window as unknown as { md: { renderMarkdown: (s: string) => string } }).md.renderMarkdown(
        '![tracker](https://tracker.example/p.png)\n\n<img src="//tracker.example/q.gif">\n\n![dot](data:image/png;base64,iVBORw0KGgo=)',
      ),
    );
    assert.doesNotMatch(html, /tracker\.example/);
    assert.match(html, /src="data:image\/png;base64,iVBORw0KGgo="/);
  });

  for (const payload of PAYLOADS) {
    test(`renders inert: ${payload.slice(0, 50)}`, async () => {
      const result = await page.evaluate(async (md) => {
        const w = window as unknown as { md: { renderMarkdown: (s: string) => string }; pwned?: number };
        const out = document.getElementById('out') as HTMLElement;
        out.innerHTML = w.md.renderMarkdown(md);
        for (const el of out.querySelectorAll('*')) {
          el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        }
        await new Promise((r) => setTimeout(r, 50));
        const attrs = [...out.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
        return { pwned: w.pwned ?? 0, html: out.innerHTML, attrs, tags: [...out.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()) };
      }, payload);
      assert.equal(result.pwned, 0, `script ran for ${payload}: ${result.html}`);
      for (const a of result.attrs) {
        assert.doesNotMatch(a, /^on/i, `event handler kept: ${a}`);
        assert.doesNotMatch(a, /^style=/i, `inline style kept: ${a}`);
        assert.doesNotMatch(a, /javascript:|data:text\/html/i, `dangerous URL kept: ${a}`);
      }
      for (const tag of ['script', 'svg', 'math', 'iframe', 'style', 'form', 'object']) assert.ok(!result.tags.includes(tag), `<${tag}> kept: ${result.html}`);
    });
  }
});
