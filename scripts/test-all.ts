/**
 * The one test command: type check, lint, unit tests, both builds, end-to-end tests in
 * headless Chromium and Firefox ESR. Names every failing test (file and title) near the end, and
 * ends with "N passed, N failed" totalling unit and end-to-end tests.
 *
 * `npm test -- tests/e2e/a.test.ts …` runs everything but only those end-to-end files (a quicker
 * loop while working on one); without arguments, as CI runs it, every file is run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { pickE2eFiles } from './lib/e2e-files';
import { failuresInTap, failuresInVitest, type TestFailure } from './lib/test-report';

const results = '.test-results';
const { all: allE2e, chosen, files: e2eFiles, unknown } = pickE2eFiles(process.argv.slice(2));
if (unknown.length) {
  console.error(`Not end-to-end test files: ${unknown.join(', ')}`);
  process.exit(2);
}
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const problems: string[] = [];
const failures: TestFailure[] = [];

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
  const unit = JSON.parse(readFileSync(`${results}/unit.json`, 'utf8'));
  const found = failuresInVitest(unit, process.cwd());
  passed += unit.numPassedTests;
  // A file that fails before its tests run (an import or syntax error) counts as one failure.
  failed += unit.numFailedTests + found.filter((f) => f.title === undefined).length;
  failures.push(...found);
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
    failures.push(...failuresInTap(tap, process.cwd()));
  } catch {
    problems.push('end-to-end results missing');
  }
} else problems.push('end-to-end tests not run: the Chrome build failed');

if (failures.length) {
  console.log('\nFailed tests:');
  for (const f of failures) console.log(`  ✗ ${f.kind} ${f.file}${f.title ? ` › ${f.title}` : ' (the file failed to run)'}`);
}
if (chosen.length) console.log(`\nOnly ${e2eFiles.length} of ${allE2e.length} end-to-end files were run (as asked).`);
if (problems.length) console.log(`\nProblems: ${problems.join('; ')}`);
if (problems.length && failed === 0) failed = problems.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
