/**
 * The one test command: type check, lint, unit tests, both builds, end-to-end tests in
 * headless Chromium and Firefox ESR. Ends with "N passed, N failed" totalling unit and end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';

const results = '.test-results';
// Every end-to-end file is found, never listed: a new test cannot be left out of the run.
const e2eFiles = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => `tests/e2e/${name}`);
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const problems: string[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) problems.push(`${label} failed (exit ${r.status})`);
  return r.status === 0;
}

run('type check', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['biome', 'check', '.']);

run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/unit.json`]);
try {
  const unit = JSON.parse(readFileSync(`${results}/unit.json`, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} catch {
  problems.push('unit test results missing');
}

run('build (Chrome)', 'npx', ['wxt', 'build']);
if (run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']))
  run('web-ext lint (Firefox sidebar build)', 'npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'text']);
const chrome = run('build (end-to-end variants, Chrome and Firefox: + host access to 127.0.0.1)', 'npm', ['run', '-s', 'build:e2e']);

if (chrome) {
  run('end-to-end tests', 'npx', [
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${results}/e2e.tap`,
    ...e2eFiles,
  ]);
  try {
    const tap = readFileSync(`${results}/e2e.tap`, 'utf8');
    passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  } catch {
    problems.push('end-to-end results missing');
  }
} else problems.push('end-to-end tests not run: the Chrome build failed');

if (problems.length) console.log(`\nProblems: ${problems.join('; ')}`);
if (problems.length && failed === 0) failed = problems.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
