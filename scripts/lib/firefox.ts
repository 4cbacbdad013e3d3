/**
 * A real Firefox (Debian's ESR) with the built add-on installed as a temporary add-on, driven over
 * Marionette — Firefox's own remote protocol, spoken here directly (length-prefixed JSON over TCP),
 * so no driver binary has to be downloaded.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The end-to-end Firefox build (see `npm run build:e2e`): the product plus host access to 127.0.0.1. */
export const FIREFOX_BUILD = resolve(process.env.MURSHID_FIREFOX_DIR ?? '.output/e2e/firefox-mv2');
const ADDON_ID = 'murshid@wa3i.org.sa';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

type Reply = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** One Marionette connection: `send(command, params)` resolves with the command's result. */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Reply>();
  readonly hello: Promise<unknown>;
  private greet: ((value: unknown) => void) | undefined;

  constructor(private readonly socket: Socket) {
    this.hello = new Promise((r) => {
      this.greet = r;
    });
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.greet?.(message);
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const reply = this.pending.get(id);
      this.pending.delete(id);
      if (error) reply?.reject(new Error(`${error.error}: ${error.message}`));
      else reply?.resolve(result);
    }
  }

  send<T = unknown>(command: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }
}

export interface FirefoxExtension {
  /** `moz-extension://<pinned uuid>/<path>` */
  url: (path: string) => string;
  navigate: (url: string) => Promise<void>;
  /** Runs `script` (a function body; `arguments` holds `args`) in the current page and returns its value. */
  run: <T>(script: string, args?: unknown[]) => Promise<T>;
  /** Polls `script` until it returns a truthy value. */
  waitFor: <T>(script: string, args?: unknown[], timeoutMs?: number) => Promise<T>;
  /** A real click (trusted events) on the first element matching `css`. */
  click: (css: string) => Promise<void>;
  /** Real key presses (trusted events) to the focused element, one per character (WebDriver codes such as \uE004 for Tab). */
  keys: (text: string) => Promise<void>;
  /** Keys held down together, then released in reverse (a chord such as Ctrl+Z: `chord('\uE009', 'z')`). */
  chord: (...keys: string[]) => Promise<void>;
  /** Opens a new top-level window, switches to it and returns its handle. */
  newWindow: () => Promise<string>;
  /** Makes `handle` the window scripts and clicks go to; `focus: false` leaves another window the active one (as the page stays beside a sidebar). */
  switchTo: (handle: string, focus?: boolean) => Promise<void>;
  windowHandle: () => Promise<string>;
  close: () => Promise<void>;
}

/** Starts headless Firefox ESR on a fresh profile and installs the add-on temporarily, with a pinned UUID. */
export async function launchFirefox(addonDir = FIREFOX_BUILD): Promise<FirefoxExtension> {
  if (!existsSync(join(addonDir, 'manifest.json'))) throw new Error(`no Firefox build at ${addonDir}: run npm run build:e2e first`);
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'murshid-firefox-'));
  const uuid = randomUUID();
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': 0,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'intl.locale.requested': 'ar',
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  const child: ChildProcess = spawn(FIREFOX, ['--headless', '--marionette', '--no-remote', '--remote-allow-system-access', '--profile', profile], {
    stdio: 'ignore',
    env: { ...process.env, MOZ_HEADLESS: '1' },
  });
  const portFile = join(profile, 'MarionetteActivePort');
  const started = Date.now();
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').trim()) {
    if (Date.now() - started > 60_000 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error('Firefox did not open its Marionette port within 60 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = Number(readFileSync(portFile, 'utf8').trim());
  const socket = await new Promise<Socket>((res, rej) => {
    const s = connect(port, '127.0.0.1', () => res(s));
    s.once('error', rej);
  });
  const m = new Marionette(socket);
  await m.hello;
  await m.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  await m.send('Addon:Install', { path: addonDir, temporary: true });

  const run = async <T>(script: string, args: unknown[] = []) => (await m.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
  const ext: FirefoxExtension = {
    url: (path) => `moz-extension://${uuid}/${path}`,
    navigate: async (url) => {
      await m.send('WebDriver:Navigate', { url });
    },
    run,
    waitFor: async <T>(script: string, args: unknown[] = [], timeoutMs = 15_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = await run<T>(script, args).catch(() => undefined);
        if (value) return value;
        if (Date.now() > until) throw new Error(`timed out waiting for: ${script}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    click: async (css) => {
      const found = await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: css });
      await m.send('WebDriver:ElementClick', { id: found.value[ELEMENT] });
    },
    keys: async (text) => {
      const actions = [...text].flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]);
      await m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      await m.send('WebDriver:ReleaseActions');
    },
    chord: async (...keys) => {
      const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))];
      await m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      await m.send('WebDriver:ReleaseActions');
    },
    newWindow: async () => {
      const { handle } = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'window', focus: true });
      await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
      return handle;
    },
    switchTo: async (handle, focus = true) => {
      await m.send('WebDriver:SwitchToWindow', { handle, focus });
    },
    windowHandle: async () => (await m.send<{ value: string }>('WebDriver:GetWindowHandle')).value,
    close: async () => {
      await m.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      socket.destroy();
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return ext;
}
