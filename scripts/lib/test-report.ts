/** Which tests failed, by file and title, from the reports `npm test` keeps (vitest's JSON, node:test's TAP). */
import { relative } from 'node:path';

export interface TestFailure {
  kind: 'unit' | 'e2e';
  /** The test file, relative to the repository. */
  file: string;
  /** Suite and test titles joined with " › "; undefined when the file failed before its tests ran. */
  title?: string;
}

interface VitestReport {
  testResults?: { name: string; status: string; assertionResults?: { ancestorTitles?: string[]; title: string; status: string }[] }[];
}

/** The failing tests of a vitest JSON report, and the files that failed without a failing test (import or syntax errors). */
export function failuresInVitest(report: VitestReport, root: string): TestFailure[] {
  return (report.testResults ?? []).flatMap((file) => {
    const path = relative(root, file.name);
    const tests = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (tests.length === 0) return file.status === 'failed' ? [{ kind: 'unit' as const, file: path }] : [];
    return tests.map((a) => ({ kind: 'unit' as const, file: path, title: [...(a.ancestorTitles ?? []), a.title].join(' › ') }));
  });
}

/**
 * The failing tests of a node:test TAP report: each `not ok` that failed by itself (not only
 * because a subtest did), named by its suites and located by the file in its `location:`. A file
 * that failed before registering tests is a top-level `not ok` named by its path.
 */
export function failuresInTap(tap: string, root: string): TestFailure[] {
  const lines = tap.split('\n');
  const names: string[] = [];
  const out: TestFailure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const subtest = /^( *)# Subtest: (.*)$/.exec(line);
    if (subtest) {
      const depth = (subtest[1] ?? '').length / 4;
      names.length = depth;
      names[depth] = subtest[2] ?? '';
      continue;
    }
    const notOk = /^( *)not ok \d+ - (.*?)(?: # .*)?$/.exec(line);
    if (!notOk) continue;
    const depth = (notOk[1] ?? '').length / 4;
    // The YAML block under the result, up to its closing "...".
    const yaml: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j]?.trim() !== '...'; j++) yaml.push(lines[j] ?? '');
    const field = (key: string) => {
      const m = new RegExp(`^\\s*${key}: '?(.*?)'?$`).exec(yaml.find((l) => new RegExp(`^\\s*${key}:`).test(l)) ?? '');
      return m?.[1];
    };
    if (field('failureType') === 'subtestsFailed') continue;
    const location = field('location')?.replace(/:\d+:\d+$/, '');
    const name = notOk[2] ?? '';
    const path = location ? relative(root, location) : name;
    const titles = [...names.slice(0, depth), name];
    const fileItself = depth === 0 && relative(root, name) === path;
    out.push(fileItself ? { kind: 'e2e', file: path } : { kind: 'e2e', file: path, title: titles.join(' › ') });
  }
  return out;
}
