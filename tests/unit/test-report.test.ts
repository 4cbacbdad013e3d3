import { describe, expect, it } from 'vitest';
import { failuresInTap, failuresInVitest } from '../../scripts/lib/test-report';

// The shape node:test writes with --test-reporter=tap for one failing test in a suite, one file
// that throws before registering tests, and one passing test.
const TAP = `TAP version 13
# Subtest: options page
    # Subtest: saves the connector
    ok 1 - saves the connector
      ---
      duration_ms: 0.6
      ...
    # Subtest: refuses plain http
    not ok 2 - refuses plain http
      ---
      duration_ms: 47.6
      location: '/repo/tests/e2e/connector-form.test.ts:3:55'
      failureType: 'testCodeFailure'
      error: |-
        Expected values to be strictly equal
      ...
    1..2
not ok 1 - options page
  ---
  duration_ms: 49.2
  type: 'suite'
  location: '/repo/tests/e2e/connector-form.test.ts:3:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  ...
# Subtest: /repo/tests/e2e/broken.test.ts
not ok 2 - /repo/tests/e2e/broken.test.ts
  ---
  duration_ms: 5829.8
  location: '/repo/tests/e2e/broken.test.ts:1:1'
  failureType: 'testCodeFailure'
  exitCode: 1
  ...
# Subtest: top-level test
ok 3 - top-level test
  ---
  duration_ms: 1
  ...
1..3
# tests 4
# pass 2
# fail 2
`;

describe('npm test names what failed', () => {
  it('names each failing end-to-end test by file and titles, not the suites that failed only through it', () => {
    expect(failuresInTap(TAP, '/repo')).toEqual([
      { kind: 'e2e', file: 'tests/e2e/connector-form.test.ts', title: 'options page › refuses plain http' },
      { kind: 'e2e', file: 'tests/e2e/broken.test.ts' },
    ]);
  });

  it('finds nothing to name in a passing run', () => {
    expect(failuresInTap('TAP version 13\n# Subtest: a\nok 1 - a\n  ---\n  duration_ms: 1\n  ...\n1..1\n# pass 1\n# fail 0\n', '/repo')).toEqual([]);
  });

  it('names failing unit tests with their describe titles, and a unit file that failed to load', () => {
    const report = {
      testResults: [
        {
          name: '/repo/tests/unit/sync.test.ts',
          status: 'failed',
          assertionResults: [
            { ancestorTitles: ['outbox'], title: 'retries a 503', status: 'failed' },
            { ancestorTitles: ['outbox'], title: 'drops nothing', status: 'passed' },
          ],
        },
        { name: '/repo/tests/unit/broken.test.ts', status: 'failed', assertionResults: [] },
        { name: '/repo/tests/unit/ok.test.ts', status: 'passed', assertionResults: [{ title: 'works', status: 'passed' }] },
      ],
    };
    expect(failuresInVitest(report, '/repo')).toEqual([
      { kind: 'unit', file: 'tests/unit/sync.test.ts', title: 'outbox › retries a 503' },
      { kind: 'unit', file: 'tests/unit/broken.test.ts' },
    ]);
  });
});
