/**
 * `npm run test:e2e [-- tests/e2e/a.test.ts …]`: runs only the end-to-end files given, or all of
 * them without arguments (the e2e build is made first by the npm script).
 */
import { spawnSync } from 'node:child_process';
import { pickE2eFiles } from './lib/e2e-files';

const { files, unknown } = pickE2eFiles(process.argv.slice(2));
if (unknown.length) {
  console.error(`Not end-to-end test files: ${unknown.join(', ')}`);
  process.exit(2);
}
const r = spawnSync('npx', ['tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
