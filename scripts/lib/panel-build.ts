/**
 * How the side panel's page is built so that a `?q=` open waits on few files (wxt.config.ts).
 *
 * One chunk for the modules the side panel needs at once and shares with other pages. Left to
 * itself the bundler splits them by which pages share what (six files on a `?q=` open), and each
 * file is one more request the browser serves before the page's code can run. The options page
 * loads all of them already, so grouping costs it nothing; modules only the panel uses stay in
 * the panel's own entry chunk, and everything loaded later stays where it was.
 */

/** What the bundler tells about a module (a slice of Rollup's / Rolldown's `ModuleInfo`). */
interface ModuleInfo {
  isEntry: boolean;
  importers: readonly string[];
  dynamicImporters: readonly string[];
}

/** The panel's entry as the bundler names it: its page (whose script is `main.tsx`). */
export const PANEL_ENTRY = /entrypoints\/sidepanel\/index\.html$/;
export const PANEL_CHUNK = 'panel';

/**
 * A `codeSplitting` group's name function: `PANEL_CHUNK` for a module the panel's entry imports
 * (directly or not, statically) that some other entry or lazily loaded chunk also imports.
 */
export function panelChunks(): (id: string, ctx: { getModuleInfo(id: string): ModuleInfo | null }) => string | null {
  // Per module: the entries and dynamically imported modules whose static imports reach it.
  const roots = new Map<string, Set<string>>();
  return (id, ctx) => {
    const reach = (m: string, path: Set<string>): Set<string> => {
      const known = roots.get(m);
      if (known) return known;
      const out = new Set<string>();
      const info = ctx.getModuleInfo(m);
      if (!info) return out;
      if (info.isEntry || info.dynamicImporters.length > 0) out.add(m);
      path.add(m);
      for (const importer of info.importers) if (!path.has(importer)) for (const r of reach(importer, path)) out.add(r);
      path.delete(m);
      // A module on a cycle is memoised only once its whole walk is done.
      if (path.size === 0) roots.set(m, out);
      return out;
    };
    const r = reach(id, new Set());
    const fromPanel = [...r].some((root) => PANEL_ENTRY.test(root));
    return fromPanel && r.size > 1 ? PANEL_CHUNK : null;
  };
}

/** The slice of Vite's `transformIndexHtml` context this plugin reads. */
interface HtmlContext {
  filename: string;
  bundle?: Record<string, { type: string; source?: string | Uint8Array }>;
}

/**
 * A Vite plugin: the panel's stylesheet written into its page instead of linked. A page's module
 * scripts wait for its stylesheets, so a linked one is one more file the browser serves before the
 * first answer's code runs. The file stays in the build for the other pages that link it. (Extension
 * pages' content security policy restricts scripts, not styles.)
 */
export function inlinePanelStylesheet() {
  return {
    name: 'murshid:inline-panel-stylesheet',
    transformIndexHtml: {
      order: 'post' as const,
      handler(html: string, ctx: HtmlContext): string {
        if (!/sidepanel[\\/]index\.html$/.test(ctx.filename) || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const css = bundle[file];
          if (css?.type !== 'asset' || css.source === undefined) return link;
          const text = typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
          return `<style>${text.replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}
