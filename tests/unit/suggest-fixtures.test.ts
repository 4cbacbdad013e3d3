import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../scripts/lib/pack-files';
import type { Pack } from '../../utils/knowledge';

/**
 * The labelled suggest messages are evaluation data: a label that points at a section the pack
 * does not have, an unknown intent, or a stated value that is not in the message would silently
 * skew the figures of `npm run bench:suggest`. Checked for every labelled file.
 */
const FILES = ['tests/fixtures/suggest-messages.json', 'tests/fixtures/suggest-messages-2.json', 'tests/fixtures/suggest-messages-3.json'];
const INTENTS = ['greeting', 'new-request', 'status', 'documents', 'complaint', 'volunteer', 'thanks', 'question'];
const VALUE_KEYS = ['request_number', 'date', 'name'];

interface Labelled {
  text: string;
  intent: string;
  section?: string;
  values?: Record<string, string>;
}

/** Arabic-Indic digits as ASCII: labelled numbers and dates are written with ASCII digits. */
const asciiDigits = (s: string) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

const pack = loadPackDir('knowledge').pack as Pack;
const sections = new Set(pack.documents.flatMap((d) => d.sections.map((s) => `${d.id}#${s.id}`)));

describe.each(FILES)('%s', (file) => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Labelled[];

  it('is a non-empty list of distinct messages', () => {
    expect(data.length).toBeGreaterThan(100);
    expect(new Set(data.map((m) => m.text)).size).toBe(data.length);
  });

  it('labels every message with a known intent', () => {
    const bad = data.filter((m) => !INTENTS.includes(m.intent)).map((m) => `${m.intent}: ${m.text}`);
    expect(bad).toEqual([]);
  });

  it('cites only sections that exist in the pack', () => {
    const bad = data.filter((m) => m.section !== undefined && !sections.has(m.section)).map((m) => `${m.section}: ${m.text}`);
    expect(bad).toEqual([]);
  });

  it('states only values written in the message', () => {
    const bad: string[] = [];
    for (const m of data) {
      for (const [key, value] of Object.entries(m.values ?? {})) {
        if (!VALUE_KEYS.includes(key) || !value || !asciiDigits(m.text).includes(value)) bad.push(`${key}=${value}: ${m.text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

/**
 * A later file is held-out data for the model fitted on the earlier ones: a message repeated from
 * another file (up to case, spaces, punctuation and emoji) would be scored as if unseen.
 */
it('no message is repeated across the labelled files', () => {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const seen = new Map<string, string>();
  const repeated: string[] = [];
  for (const file of FILES) {
    for (const m of JSON.parse(readFileSync(file, 'utf8')) as Labelled[]) {
      const k = key(m.text);
      const first = seen.get(k);
      if (first !== undefined && first !== file) repeated.push(`${file}: ${m.text} (also in ${first})`);
      else seen.set(k, file);
    }
  }
  expect(repeated).toEqual([]);
});
