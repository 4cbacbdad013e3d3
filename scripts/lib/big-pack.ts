import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { IMPORT_LIMITS } from '../../components/options/importLimits';
import { archiveDocuments, sectionCorpus } from './synthetic';

/** The query the benches open a 10,000-section pack on. */
export const BIG_QUERY = 'عاصمة العراق';

/**
 * Imports a 10,000-section pack (arcd-train passages, as several archive documents each under the
 * options page's per-file limit) through the options page of the extension `url` points into, as
 * the admin would (parsed and indexed there), and acknowledges it once in the side panel as staff
 * would; later opens are the everyday case. Used by `bench:panel` and `bench-panel-ab --big`.
 */
export async function importBigPack(context: BrowserContext, url: (page: string) => string): Promise<{ sections: number; importMs: number }> {
  // The panel's first open takes the pack in use as read: only then does a new pack show changes to acknowledge.
  const first = await context.newPage();
  await first.goto(url('sidepanel.html'));
  for (let waited = 0; !(await first.evaluate(`chrome.storage.local.get('packAckKey').then((v) => !!v.packAckKey)`)); waited += 100) {
    if (waited > 60_000) throw new Error('the bundled pack was not taken as read');
    await first.waitForTimeout(100);
  }
  await first.close();
  const arcd = JSON.parse(readFileSync('../shared/eval/arcd-train/corpus.json', 'utf8'));
  const corpus = sectionCorpus(arcd, 10_000);
  // Several documents, each under the options page's per-file limit (one 10 MB file is refused).
  const files = archiveDocuments(corpus, IMPORT_LIMITS.entryBytes);
  const options = await context.newPage();
  await options.goto(url('options.html'), { timeout: 120_000 });
  await options.locator('input[type=file][multiple]').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'text/markdown', buffer: Buffer.from(f.content) })),
    { timeout: 300_000 },
  );
  const importStart = Date.now();
  await options.getByRole('button', { name: 'استيراد', exact: true }).click();
  // A new official document changes official content: the admin confirms it first. A refusal ends the bench at once.
  const result = options.getByTestId('import-result');
  const refused = options.getByTestId('import-errors');
  const settled = async () => {
    await result.or(options.getByTestId('import-confirm')).or(refused).waitFor({ timeout: 300_000 });
    if (await refused.isVisible()) throw new Error(`the big pack was refused: ${await refused.textContent()}`);
  };
  await settled();
  if (!(await result.isVisible())) await options.getByTestId('import-confirm').locator('button.primary').click();
  await result.or(refused).waitFor({ timeout: 300_000 });
  await settled();
  const importMs = Date.now() - importStart;
  await options.close();
  // Staff acknowledge the new pack once (as they would); later opens are the everyday case.
  const ack = await context.newPage();
  await ack.goto(url('sidepanel.html'));
  await ack.getByRole('button', { name: 'عرض التغييرات' }).click({ timeout: 120_000 });
  await ack.getByRole('button', { name: 'اطّلعت على التغييرات' }).click({ timeout: 120_000 });
  const acknowledged = `chrome.storage.local.get(['packAckKey', 'importedPackStamp']).then((v) => !!v.packAckKey && v.packAckKey === v.importedPackStamp)`;
  for (let waited = 0; !(await ack.evaluate(acknowledged)); waited += 100) {
    if (waited > 60_000) throw new Error('the pack was not acknowledged');
    await ack.waitForTimeout(100);
  }
  await ack.close();
  return { sections: corpus.length, importMs };
}
