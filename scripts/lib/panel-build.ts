/**
 * How the side panel's page is built so that a `?q=` open waits on one script (wxt.config.ts).
 *
 * WXT builds every HTML page in one bundler run, and the bundler then splits the code the pages
 * share into chunks of their own: a `?q=` open of the panel waited on three script files (entry,
 * shared chunk, bundler runtime), each one more request the browser serves before the page's code
 * can run. Built on its own, the panel's first answer is one file, and what it loads later (the
 * other tabs, the section view) imports from it.
 */

/** The slice of WXT's entrypoint this build reads. */
interface Entry {
  name: string;
}

/** The side panel's entrypoint name. */
export const PANEL = 'sidepanel';

/**
 * A WXT `entrypoints:grouped` hook: the side panel taken out of the group of HTML pages built
 * together, into a build of its own. Groups are edited in place (as the hook requires).
 */
export function buildPanelApart<E extends Entry>(groups: (E | E[])[]): void {
  const at = groups.findIndex((g) => Array.isArray(g) && g.length > 1 && g.some((e) => e.name === PANEL));
  const group = groups[at] as E[] | undefined;
  if (!group) return;
  groups.splice(
    at,
    1,
    group.filter((e) => e.name !== PANEL),
    group.filter((e) => e.name === PANEL),
  );
}

/** The slice of a Vite config `panelInOneChunk` edits. */
interface BuildConfig {
  build?: { rollupOptions?: { output?: unknown } };
}

/**
 * A WXT `vite:build:extendConfig` hook: in the panel's own build, every module its page imports at
 * once goes into one chunk (the entry's), bundler runtime included; left to itself the bundler
 * still makes chunks of the modules the page shares with what it loads later.
 */
export function panelInOneChunk(entries: readonly Entry[], config: BuildConfig): void {
  if (entries.length !== 1 || entries[0]?.name !== PANEL) return;
  config.build ??= {};
  config.build.rollupOptions ??= {};
  const output = config.build.rollupOptions.output;
  if (Array.isArray(output)) throw new Error('panelInOneChunk: one output expected');
  config.build.rollupOptions.output = { ...(output as object | undefined), codeSplitting: { groups: [{ name: PANEL, tags: ['$initial'] }] } };
}

/** The slice of Vite's `transformIndexHtml` context this plugin reads. */
interface HtmlContext {
  filename: string;
  bundle?: Record<string, { type: string; source?: string | Uint8Array }>;
}

/**
 * A Vite plugin for the panel's page, two edits:
 * - its stylesheet written into the page instead of linked: module scripts wait for linked
 *   stylesheets, so a linked one is one more file served before the first answer's code runs (the
 *   file stays in the build for the other pages; extension pages' content security policy restricts
 *   scripts, not styles);
 * - its module script asked for before the pack's preload: the browser serves an extension's files
 *   about in the order they are asked for, and the script is the larger wait.
 */
export function panelPage() {
  return {
    name: 'murshid:panel-page',
    transformIndexHtml: {
      order: 'post' as const,
      handler(html: string, ctx: HtmlContext): string {
        if (!/sidepanel[\\/]index\.html$/.test(ctx.filename) || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        const inlined = html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const css = bundle[file];
          if (css?.type !== 'asset' || css.source === undefined) return link;
          const text = typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
          return `<style>${text.replaceAll('</style', '<\\/style')}</style>`;
        });
        return scriptFirst(inlined);
      },
    },
  };
}

/** The page's built module script (under /chunks/) moved before its first preload link. */
export function scriptFirst(html: string): string {
  const script = /\s*<script type="module"[^>]*? src="\/chunks\/[^"]+"[^>]*><\/script>/.exec(html)?.[0];
  const preload = /<link rel="preload"[^>]*>/.exec(html)?.[0];
  if (!script || !preload || html.indexOf(script) < html.indexOf(preload)) return html;
  return html.replace(script, '').replace(preload, `${script.trim()}\n    ${preload}`);
}
