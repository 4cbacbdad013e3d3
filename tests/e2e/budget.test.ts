/**
 * Size budgets, read from the build the end-to-end tests run on (npm test and test:e2e build it
 * first): the side panel's JavaScript, everything it may load, ≤ 150 KB gzipped; each content
 * script ≤ 15 KB gzipped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgetProblems, CONTENT_SCRIPT_BUDGET_KB, contentScripts, PANEL_JS_BUDGET_KB, pageScripts } from '../../scripts/lib/bundle-size';
import { EXTENSION_DIR } from './helpers';

test('the side panel JavaScript stays within its gzipped budget, and a ?q= open parses only part of it', () => {
  const panel = pageScripts(EXTENSION_DIR, 'sidepanel.html');
  assert.ok(panel.initial.length > 0, 'the panel page names its scripts');
  assert.ok(panel.allGzipKb <= PANEL_JS_BUDGET_KB, `${panel.allGzipKb} KB > ${PANEL_JS_BUDGET_KB} KB`);
  assert.ok(panel.initialGzipKb <= panel.allGzipKb);
});

test('each content script stays within its gzipped budget', () => {
  const scripts = contentScripts(EXTENSION_DIR);
  assert.ok(
    scripts.some((s) => s.path === 'insert.js'),
    'the insertion script is built',
  );
  for (const s of scripts) assert.ok(s.gzipKb <= CONTENT_SCRIPT_BUDGET_KB, `${s.path}: ${s.gzipKb} KB > ${CONTENT_SCRIPT_BUDGET_KB} KB`);
  assert.deepEqual(budgetProblems(EXTENSION_DIR), []);
});
