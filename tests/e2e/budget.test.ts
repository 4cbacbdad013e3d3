import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import en from '../../public/_locales/en/messages.json';
import { budgetProblems, CONTENT_SCRIPT_BUDGET_KB, contentScripts, PANEL_JS_BUDGET_KB, pageScripts } from '../../scripts/lib/bundle-size';
import { buildBrokenPlurals } from '../../utils/arabic/plurals';
import { builtArabicTables } from '../../utils/arabic/tables';
import { BUNDLED_PACK_FILE } from '../../utils/pack/binary';
import { E2E_BUILD } from './helpers';

/** What a `?q=` open may parse (57–58 KB after the English catalog left it; 66–68 KB before). */
const Q_OPEN_BUDGET_KB = 62;

// Runs on the build the end-to-end tests load (npm test builds it first).
describe('the built extension stays within its size budgets', () => {
  test('the build is there', () => {
    assert.ok(existsSync(join(E2E_BUILD, 'manifest.json')), `no build at ${E2E_BUILD}: run npm run build:e2e`);
  });

  test(`the side panel's JavaScript, all of it, is at most ${PANEL_JS_BUDGET_KB} KB gzipped; content scripts at most ${CONTENT_SCRIPT_BUDGET_KB} KB`, () => {
    assert.deepEqual(budgetProblems(E2E_BUILD), []);
    // The measure itself must see the panel's code and the content scripts (an empty list is no pass).
    assert.ok(pageScripts(E2E_BUILD, 'sidepanel.html').all.length >= 2);
    assert.ok(contentScripts(E2E_BUILD).length >= 1);
  });

  test('a ?q= open parses less than the whole panel: the other tabs load later', () => {
    const panel = pageScripts(E2E_BUILD, 'sidepanel.html');
    assert.ok(panel.initial.length < panel.all.length);
    // One file: each script is one more request the browser serves before the first answer's code runs.
    const modules = panel.initial.filter((script) => script.startsWith('chunks/'));
    assert.deepEqual(modules.length, 1, `a ?q= open loads ${modules.join(', ')}`);
    assert.ok(panel.initialGzipKb < panel.allGzipKb * 0.75, `${panel.initialGzipKb} of ${panel.allGzipKb} KB parsed on open`);
  });

  test(`a ?q= open parses at most ${Q_OPEN_BUDGET_KB} KB gzipped, with one language's messages, not both`, () => {
    const panel = pageScripts(E2E_BUILD, 'sidepanel.html');
    assert.ok(panel.initialGzipKb <= Q_OPEN_BUDGET_KB, `${panel.initialGzipKb} KB parsed on a ?q= open`);
    // An English-only message: in a script the panel may load (a staff member who chose English), not in the first ones.
    const english = (en as Record<string, { message: string }>).extDescription?.message as string;
    const holds = (script: string) => readFileSync(join(E2E_BUILD, script), 'utf8').includes(english);
    assert.ok(panel.all.some(holds), 'the English catalog is nowhere in the panel');
    assert.deepEqual(panel.initial.filter(holds), [], 'the English catalog is parsed on a ?q= open');
  });

  test('the bundled pack ships as its build-time index, not as Markdown in the panel', () => {
    assert.ok(existsSync(join(E2E_BUILD, BUNDLED_PACK_FILE)));
    const heading = readFileSync('knowledge/documents/policy.md', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('## ')) as string;
    assert.ok(heading);
    for (const script of pageScripts(E2E_BUILD, 'sidepanel.html').all)
      assert.ok(!readFileSync(join(E2E_BUILD, script), 'utf8').includes(heading), `${script} holds the pack's Markdown`);
  });

  test('the Arabic word lists ship as the tables the build worked out, not as lists each page normalises', () => {
    const scripts = pageScripts(E2E_BUILD, 'sidepanel.html').initial.map((script) => readFileSync(join(E2E_BUILD, script), 'utf8'));
    // A broken plural's pair as the list writes it («عواصم عاصمة|»), and the table it becomes.
    const source = readFileSync('utils/arabic/plurals.ts', 'utf8');
    assert.ok(source.includes('عواصم عاصمة|'));
    assert.ok(!scripts.some((s) => s.includes('عواصم عاصمة|')), 'the list of broken plurals is in the panel');
    // The table's pairs as literals (the minifier may quote them with ', " or `): five of them, in order.
    const q = '["\'`]';
    const pairs = buildBrokenPlurals()
      .slice(0, 5)
      .map(([plural, singular]) => `\\[${q}${plural}${q},${q}${singular}${q}\\]`);
    const table = new RegExp(pairs.join(','));
    assert.ok(
      scripts.some((s) => table.test(s)),
      'the table of broken plurals is not in the panel',
    );
    assert.ok(Object.keys(builtArabicTables()).length >= 4);
  });
});
