import { describe, expect, it } from 'vitest';
import { formPathOf } from './forms';

const values = {
  code: '',
  email: '',
  sides: [
    { name: '', country: 'UA' },
    { name: '', country: null },
  ],
};

describe('formPathOf', () => {
  it.each([
    ['input.code', 'code'],
    ['email', 'email'],
    ['input.sides.1.country', 'sides.1.country'],
    ['input.sides.0.name', 'sides.0.name'],
    ['input.sides', 'sides'],
  ])('maps %s to %s', (path, expected) => {
    expect(formPathOf(path, values)).toBe(expected);
  });

  it('ignores paths the form does not have', () => {
    expect(formPathOf('input.sides.4.country', values)).toBeNull();
    expect(formPathOf('input.currency', values)).toBeNull();
  });
});
