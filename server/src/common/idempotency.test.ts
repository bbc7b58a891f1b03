import { describe, expect, it } from 'vitest';
import { BadInputError } from './errors';
import { checkedKey, fingerprintOf } from './idempotency';

describe('fingerprintOf', () => {
  it('is the same for the same input whatever the order of its fields', () => {
    const a = fingerprintOf('logEvent', { programmeId: 'p', input: { title: 't', venue: 'v' } });
    const b = fingerprintOf('logEvent', { input: { venue: 'v', title: 't' }, programmeId: 'p' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores absent fields but tells null, values, list order and the operation apart', () => {
    const base = fingerprintOf('op', { a: 1, list: [1, 2] });
    expect(fingerprintOf('op', { a: 1, list: [1, 2], b: undefined })).toBe(base);
    expect(fingerprintOf('op', { a: 1, list: [1, 2], b: null })).not.toBe(base);
    expect(fingerprintOf('op', { a: 2, list: [1, 2] })).not.toBe(base);
    expect(fingerprintOf('op', { a: 1, list: [2, 1] })).not.toBe(base);
    expect(fingerprintOf('other', { a: 1, list: [1, 2] })).not.toBe(base);
  });

  it('takes a date as its instant', () => {
    expect(fingerprintOf('op', { at: new Date('2026-04-14T07:00:00Z') })).toBe(
      fingerprintOf('op', { at: new Date('2026-04-14T10:00:00+03:00') }),
    );
  });
});

describe('checkedKey', () => {
  it('takes 1–100 characters and names the field otherwise', () => {
    expect(checkedKey('k'.repeat(100))).toBe('k'.repeat(100));
    for (const [key, message] of [
      ['', 'too_short'],
      ['k'.repeat(101), 'too_long'],
    ] as const) {
      const error = (() => {
        try {
          checkedKey(key, 'Idempotency-Key');
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as BadInputError).fields).toEqual([{ field: 'Idempotency-Key', message }]);
    }
  });
});
