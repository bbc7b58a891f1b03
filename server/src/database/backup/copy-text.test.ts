import { describe, expect, it } from 'vitest';
import { copyFields } from './copy-text';

describe('copyFields', () => {
  it('reads what COPY TO writes: escapes, nulls and empty strings', () => {
    expect(copyFields('1\tx\\ty\\nz\t\\N\t\t\\\\x00ff\t{a,"b c"}')).toEqual([
      '1',
      'x\ty\nz',
      null,
      '',
      '\\x00ff',
      '{a,"b c"}',
    ]);
  });

  it('keeps a literal backslash-N apart from a null', () => {
    expect(copyFields('\\\\N\t\\N')).toEqual(['\\N', null]);
    expect(copyFields('a\\rb\\\\\\bc')).toEqual(['a\rb\\\bc']);
  });

  it('reads octal and hex escapes, which COPY FROM accepts', () => {
    expect(copyFields('\\101\\x42')).toEqual(['AB']);
  });

  it('keeps text beyond ASCII as it is', () => {
    expect(copyFields('Ужгород\t日本')).toEqual(['Ужгород', '日本']);
  });
});
