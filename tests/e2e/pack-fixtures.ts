/** A signed pack published with the CLI and served by a static host on 127.0.0.1 (the pack e2e tests share these). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const work = mkdtempSync(join(tmpdir(), 'murshid-packs-'));

/** The knowledge CLI as an admin runs it; returns its JSON last line. */
export function cli(...args: string[]): Record<string, unknown> {
  const r = spawnSync('npx', ['tsx', 'scripts/knowledge.ts', ...args, '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string);
}

/** The bundled pack at `version`, with one sentence of the policy amended. */
export function amended(version: string, edits: [string, string][]): string {
  const dir = join(work, `src-${version}`);
  cpSync('knowledge', dir, { recursive: true });
  const manifest = join(dir, 'pack.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, `"version": "${version}"`));
  const policy = join(dir, 'documents/policy.md');
  let text = readFileSync(policy, 'utf8');
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  writeFileSync(policy, text);
  return dir;
}

export interface Published {
  body: Buffer;
  sig: Buffer;
}
export const read = (out: string): Published => ({ body: readFileSync(join(out, 'pack.json')), sig: readFileSync(join(out, 'pack.json.sig')) });

/** A static host: pack.json with a strong ETag (304 on If-None-Match), its .sig, CORS open unless `cors` is set false. */
export function packHost(port = 0) {
  const state = { current: null as Published | null, conditional: 0, notModified: 0, cors: true, server: null as Server | null };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const cur = state.current;
    const cors: Record<string, string> = state.cors ? { 'access-control-allow-origin': '*' } : {};
    if (!cur) return void res.writeHead(404, cors).end();
    if (path === '/packs/pack.json') {
      const etag = `"${createHash('sha256').update(cur.body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match']) state.conditional++;
      if (req.headers['if-none-match'] === etag) {
        state.notModified++;
        return void res.writeHead(304, { ...cors, etag }).end();
      }
      return void res.writeHead(200, { ...cors, etag, 'content-type': 'application/json' }).end(cur.body);
    }
    if (path === '/packs/pack.json.sig') return void res.writeHead(200, { ...cors, 'content-type': 'text/plain' }).end(cur.sig);
    res.writeHead(404, cors).end();
  });
  state.server = server;
  return new Promise<typeof state & { url: string; close: () => Promise<void> }>((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const bound = (server.address() as AddressInfo).port;
      ok(
        Object.assign(state, {
          url: `http://127.0.0.1:${bound}/packs/pack.json`,
          close: () =>
            new Promise<void>((r) => {
              server.closeAllConnections();
              server.close(() => r());
            }),
        }),
      );
    }),
  );
}
