import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * The end-to-end files to run: those named on the command line, or every `tests/e2e/*.test.ts`
 * when none is (found, never listed: a new test cannot be left out of the run). `unknown` names
 * the arguments that are not end-to-end test files.
 */
export function pickE2eFiles(args: readonly string[]): { all: string[]; chosen: string[]; files: string[]; unknown: string[] } {
  const all = readdirSync('tests/e2e')
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => `tests/e2e/${name}`);
  const chosen = args.map((f) => relative('.', f));
  const unknown = chosen.filter((f) => !all.includes(f));
  return { all, chosen, files: chosen.length ? chosen : all, unknown };
}
