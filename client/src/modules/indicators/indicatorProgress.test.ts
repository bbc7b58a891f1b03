import { describe, expect, it } from 'vitest';
import { achievedShare } from './indicatorProgress';

describe('achievedShare', () => {
  it('is achieved against target in whole per cent, over 100 when exceeded', () => {
    expect(achievedShare(400, 185)).toBe(46);
    expect(achievedShare(5, 6)).toBe(120);
  });

  it('has no share without a target', () => {
    expect(achievedShare(0, 3)).toBeNull();
  });
});
