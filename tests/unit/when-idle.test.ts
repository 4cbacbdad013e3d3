import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, whenIdle } from '../../components/ui/lazy';

describe('whenIdle: work not needed for the first answer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits a quiet moment after the first answer before running', () => {
    const work = vi.fn();
    whenIdle(work);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('then waits for the page to be idle, where the browser says when', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const work = vi.fn();
      whenIdle(work);
      vi.advanceTimersByTime(QUIET_MS);
      expect(work).not.toHaveBeenCalled();
      expect(idle).toHaveLength(1);
      idle[0]?.();
      expect(work).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('never runs once cancelled (the page moved on)', () => {
    const work = vi.fn();
    const cancel = whenIdle(work);
    cancel();
    vi.advanceTimersByTime(QUIET_MS * 10);
    expect(work).not.toHaveBeenCalled();
  });
});
