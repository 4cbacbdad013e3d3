import { describe, expect, it } from 'vitest';
import { PANEL_CHUNK, panelChunks } from '../../scripts/lib/panel-build';

/** A module graph as the bundler describes it: who imports whom, statically or lazily. */
const graph: Record<string, { isEntry?: boolean; importers?: string[]; dynamicImporters?: string[] }> = {
  '/entrypoints/sidepanel/index.html': { isEntry: true },
  '/e/options/index.html': { isEntry: true },
  '/c/SearchPanel.tsx': { importers: ['/entrypoints/sidepanel/index.html'] },
  '/u/search.ts': { importers: ['/c/SearchPanel.tsx', '/e/options/index.html'] },
  '/u/arabic.ts': { importers: ['/u/search.ts'] },
  '/c/OptionsForm.tsx': { importers: ['/e/options/index.html'] },
  '/c/LogPanel.tsx': { dynamicImporters: ['/c/SearchPanel.tsx'] },
  '/u/log.ts': { importers: ['/c/LogPanel.tsx', '/e/options/index.html'] },
  '/u/cycle-a.ts': { importers: ['/u/cycle-b.ts', '/entrypoints/sidepanel/index.html'] },
  '/u/cycle-b.ts': { importers: ['/u/cycle-a.ts', '/e/options/index.html'] },
};
const ctx = {
  getModuleInfo: (id: string) => {
    const m = graph[id];
    return m ? { isEntry: !!m.isEntry, importers: m.importers ?? [], dynamicImporters: m.dynamicImporters ?? [] } : null;
  },
};

describe("the panel's chunk", () => {
  it('holds what the panel imports at once and shares; leaves what only one side imports, and what the panel loads later', () => {
    const name = panelChunks();
    expect(name('/u/search.ts', ctx)).toBe(PANEL_CHUNK);
    expect(name('/u/arabic.ts', ctx)).toBe(PANEL_CHUNK);
    expect(name('/c/SearchPanel.tsx', ctx)).toBeNull();
    expect(name('/c/OptionsForm.tsx', ctx)).toBeNull();
    expect(name('/c/LogPanel.tsx', ctx)).toBeNull();
    expect(name('/u/log.ts', ctx)).toBeNull();
  });

  it('follows import cycles without looping', () => {
    const name = panelChunks();
    expect(name('/u/cycle-a.ts', ctx)).toBe(PANEL_CHUNK);
    expect(name('/u/cycle-b.ts', ctx)).toBe(PANEL_CHUNK);
  });
});
