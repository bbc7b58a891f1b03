import { FieldMessage } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { clampProgress, validateProgress } from './progressValidation';

describe('validateProgress', () => {
  it.each([0, 1, 50, 99, 100, '0', '100'])('accepts %s', (value) => {
    expect(validateProgress(value)).toBeNull();
  });

  it.each([-1, 101, 1000, '-5', '150'])('refuses %s as out of range', (value) => {
    expect(validateProgress(value)).toBe(FieldMessage.OUT_OF_RANGE);
  });

  it.each([12.5, 'abc', Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as invalid', (value) => {
    expect(validateProgress(value)).toBe(FieldMessage.INVALID);
  });

  it.each(['', null, undefined])('asks for a value when given %s', (value) => {
    expect(validateProgress(value)).toBe(FieldMessage.REQUIRED);
  });
});

describe('clampProgress', () => {
  it('rounds and clamps into 0–100', () => {
    expect(clampProgress(-3)).toBe(0);
    expect(clampProgress(42.6)).toBe(43);
    expect(clampProgress(180)).toBe(100);
    expect(clampProgress(Number.NaN)).toBe(0);
  });
});
