import { describe, expect, it } from 'vitest';
import { buildPanelApart, PANEL, panelInOneChunk, scriptFirst } from '../../scripts/lib/panel-build';

const e = (name: string) => ({ name });

describe("the panel's own build", () => {
  it('takes the side panel out of the pages built together, and leaves the other groups as they are', () => {
    const background = e('background');
    const groups = [background, [e('options'), e(PANEL), e('popup')], e('insert')];
    buildPanelApart(groups);
    expect(groups.map((g) => (Array.isArray(g) ? g.map((x) => x.name) : g.name))).toEqual(['background', ['options', 'popup'], [PANEL], 'insert']);
    // Already apart: nothing to do.
    buildPanelApart(groups);
    expect(groups).toHaveLength(4);
  });

  it("puts every module the panel's page imports at once in one chunk, in the panel's build only", () => {
    const panel = { build: { rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } } } };
    panelInOneChunk([e(PANEL)], panel);
    expect(panel.build.rollupOptions.output).toEqual({
      chunkFileNames: 'chunks/[name]-[hash].js',
      codeSplitting: { groups: [{ name: PANEL, tags: ['$initial'] }] },
    });
    const pages = { build: { rollupOptions: { output: {} } } };
    panelInOneChunk([e('options'), e('popup')], pages);
    expect(pages.build.rollupOptions.output).toEqual({});
  });

  it("asks for the page's module script before the pack's preload", () => {
    const html = `<head>
    <meta charset="UTF-8" />
    <link rel="preload" href="/bundled-pack.bin" as="fetch" crossorigin />
    <script type="module" crossorigin src="/chunks/sidepanel-x.js"></script>
  </head>`;
    const out = scriptFirst(html);
    expect(out.indexOf('sidepanel-x.js')).toBeLessThan(out.indexOf('bundled-pack.bin'));
    expect(out.match(/<script type="module"/g)).toHaveLength(1);
    expect(out.replace(/\s+/g, '')).toHaveLength(html.replace(/\s+/g, '').length);
    // The dev server's scripts keep their order.
    const dev = '<meta charset="UTF-8"><script type="module" src="http://localhost:3000/@vite/client"></script>';
    expect(scriptFirst(dev)).toBe(dev);
  });
});
