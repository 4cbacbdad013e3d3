import { describe, expect, it } from 'vitest';
import { pickE2eFiles } from '../../scripts/lib/e2e-files';

describe('the end-to-end files a test command runs', () => {
  it('runs every tests/e2e/*.test.ts without arguments', () => {
    const r = pickE2eFiles([]);
    expect(r.files).toEqual(r.all);
    expect(r.all).toContain('tests/e2e/suggest.test.ts');
    expect(r.all.every((f) => /^tests\/e2e\/[^/]+\.test\.ts$/.test(f))).toBe(true);
  });

  it('runs only the files given, however they are written', () => {
    const r = pickE2eFiles(['tests/e2e/suggest.test.ts', './tests/e2e/log.test.ts']);
    expect(r.files).toEqual(['tests/e2e/suggest.test.ts', 'tests/e2e/log.test.ts']);
    expect(r.unknown).toEqual([]);
  });

  it('names an argument that is not an end-to-end test file', () => {
    expect(pickE2eFiles(['tests/e2e/helpers.ts', 'tests/e2e/nope.test.ts']).unknown).toEqual(['tests/e2e/helpers.ts', 'tests/e2e/nope.test.ts']);
  });
});
