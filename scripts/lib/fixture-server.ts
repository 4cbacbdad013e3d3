import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { type Extension, launchExtension } from './browser';

const DIR = 'tests/fixtures/editors';
const SHELL = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}<script>${script}</script></body></html>`;

/** A stylesheet from an installed package, inlined as a site would link it. */
const css = (path: string) => `<style>${readFileSync(`node_modules/${path}`, 'utf8')}</style>`;
/** An editor's mount (the fixture fills it, tests/fixtures/editors/start.ts) and its model mirrored below: tests read the model, not the DOM. */
const MOUNT = '<div id="editor" style="min-height:4em;border:1px solid #999"></div><pre id="state"></pre>';

const bundles = new Map<string, Promise<string>>();

/** The fixture's editor code, bundled from npm on first use and kept for the process (CKEditor and TinyMCE take seconds). */
function bundle(entry: string): Promise<string> {
  const known = bundles.get(entry);
  if (known) return known;
  const out = bundleNow(entry);
  bundles.set(entry, out);
  return out;
}

async function bundleNow(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [`${DIR}/${entry}`],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window', __DEV__: 'false' },
    logLevel: 'silent',
  });
  return (out.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
}

/**
 * Libraries that load their own files at runtime, served from node_modules as a site self-hosts them:
 * TinyMCE (theme, model, skin, icons from `base_url`), Monaco (its AMD build: loader, modules, CSS, fonts).
 */
const STATIC: Record<string, string> = { '/tinymce': resolve('node_modules/tinymce'), '/monaco/vs': resolve('node_modules/monaco-editor/min/vs') };
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };

function serveStatic(route: string, path: string, res: ServerResponse): void {
  const dir = STATIC[route] as string;
  let file = '';
  try {
    file = resolve(dir, `.${decodeURIComponent(path.slice(route.length))}`);
  } catch {
    file = ''; // a malformed escape
  }
  // Only files inside that folder: `..` or an encoded separator cannot climb out.
  let body: Buffer | null = null;
  if (file.startsWith(dir + sep)) {
    try {
      body = readFileSync(file);
    } catch {
      body = null;
    }
  }
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
}

export interface FixtureServer {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves the editor fixture pages (real Lexical, Draft.js and React from npm) on 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  // Each page is built when first asked for, so a test file pays only for the editors it opens.
  const pages: Record<string, () => Promise<string> | string> = {
    // editors-b: Slate, TinyMCE (in its own iframe, self-hosted from /tinymce/), CodeMirror 6; `?text=` seeds each.
    '/slate.html': async () => SHELL('slate', '<div id="root"></div><pre id="state"></pre>', await bundle('slate.ts')),
    '/tinymce.html': async () =>
      SHELL('tinymce', '<script src="/tinymce/tinymce.min.js"></script><textarea id="editor"></textarea><pre id="state"></pre>', await bundle('tinymce.ts')),
    '/codemirror.html': async () =>
      SHELL('codemirror', '<div id="root" style="border:1px solid #999"></div><pre id="state"></pre>', await bundle('codemirror.ts')),
    '/plain.html': () => readFileSync(`${DIR}/plain.html`, 'utf8'),
    '/empty.html': () => readFileSync(`${DIR}/empty.html`, 'utf8'),
    '/react.html': async () => SHELL('react', '<div id="root"></div>', await bundle('react.ts')),
    '/lexical.html': async () =>
      SHELL(
        'lexical',
        '<div id="editor" contenteditable="true" style="min-height:4em;border:1px solid #999"></div><pre id="state"></pre>',
        await bundle('lexical.ts'),
      ),
    // A WhatsApp-like chat: the beneficiary's message above, the Lexical reply box below.
    '/whatsapp.html': async () =>
      SHELL(
        'whatsapp',
        '<div id="chat"><div class="bubble incoming" id="incoming" dir="auto">هلا والله، بغيت اتطمن وش صار على طلبي رقم 48213؟ قدمته قبل اسبوعين 🙏</div></div><div id="editor" contenteditable="true" style="min-height:4em;border:1px solid #999"></div><pre id="state"></pre>',
        await bundle('lexical.ts'),
      ),
    // A website's contact-form inbox: the beneficiary's message in a list, a plain textarea to answer.
    '/website.html': () =>
      SHELL(
        'website',
        '<main><article class="inbox-message" id="incoming" dir="auto">Hello, I submitted request no. 55102 last week and was told some papers are missing. Which documents do I need to bring? Thanks, Noura</article><label for="reply">الرد</label><textarea id="reply" rows="8" cols="50"></textarea></main>',
        '',
      ),
    '/draft.html': async () =>
      SHELL('draft', '<div id="root" style="min-height:4em;border:1px solid #999"></div><pre id="state"></pre>', await bundle('draft.ts')),
    // editors-a: ProseMirror, Quill 2, CKEditor 5, Trix — each with its own undo, starting with «قبل بعد».
    '/prosemirror.html': async () => SHELL('prosemirror', css('prosemirror-view/style/prosemirror.css') + MOUNT, await bundle('prosemirror.ts')),
    '/quill.html': async () => SHELL('quill', css('quill/dist/quill.core.css') + MOUNT, await bundle('quill.ts')),
    '/ckeditor.html': async () => SHELL('ckeditor', css('ckeditor5/dist/ckeditor5.css') + MOUNT, await bundle('ckeditor.ts')),
    '/trix.html': async () =>
      SHELL(
        'trix',
        `${css('trix/dist/trix.css')}<input type="hidden" id="trix-input"><trix-editor id="editor" input="trix-input"></trix-editor><pre id="state"></pre>`,
        await bundle('trix.ts'),
      ),
    // editors-c: Editor.js, Jodit, Ace, Toast UI Editor (WYSIWYG; `?mode=markdown` for its markdown editor) — each with its own undo, starting with «قبل بعد».
    '/editorjs.html': async () => SHELL('editorjs', MOUNT, await bundle('editorjs.ts')),
    '/jodit.html': async () => SHELL('jodit', css('jodit/es2021/jodit.min.css') + MOUNT, await bundle('jodit.ts')),
    '/ace.html': async () => SHELL('ace', MOUNT, await bundle('ace.ts')),
    '/toastui.html': async () => SHELL('toastui', css('@toast-ui/editor/dist/toastui-editor.css') + MOUNT, await bundle('toastui.ts')),
    // hidden-ta: editors that take keys in a hidden input — Monaco (self-hosted from /monaco/vs; EditContext in
    // Chromium, `?input=textarea` for its textarea) and CodeMirror 5 — each with its own undo, starting with «قبل بعد».
    '/monaco.html': async () =>
      SHELL(
        'monaco',
        `<link rel="stylesheet" href="/monaco/vs/editor/editor.main.css"><script src="/monaco/vs/loader.js"></script>${MOUNT}`,
        await bundle('monaco.ts'),
      ),
    '/codemirror5.html': async () => SHELL('codemirror5', css('codemirror/lib/codemirror.css') + MOUNT, await bundle('codemirror5.ts')),
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = Object.keys(STATIC).find((r) => path.startsWith(`${r}/`));
    if (route) return serveStatic(route, path, res);
    const make = pages[path];
    Promise.resolve(make ? make() : null).then(
      (page) => {
        res.writeHead(page === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page ?? 'not found');
      },
      (e: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`the fixture failed to build: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * For a describe block: the fixture server and the extension, started before its tests and
 * stopped after them. Read `.ext` and `.server` inside tests.
 */
export function withExtensionAndFixtures(hooks: { before: (fn: () => Promise<void>) => void; after: (fn: () => Promise<void>) => void }): {
  ext: Extension;
  server: FixtureServer;
} {
  const env = {} as { ext: Extension; server: FixtureServer };
  hooks.before(async () => {
    env.server = await startFixtureServer();
    env.ext = await launchExtension();
  });
  hooks.after(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
