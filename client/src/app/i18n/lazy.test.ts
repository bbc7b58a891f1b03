import { LOCALES } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { readTexts } from './lazy';
import { NAMESPACES, resources } from './resources';

describe('texts loaded one namespace at a time', () => {
  it.each(LOCALES)('are, in %s, the texts the tests hold all at once', async (language) => {
    const all = new Map<string, unknown>(Object.entries(resources[language]));
    for (const namespace of NAMESPACES) {
      expect(await readTexts(language, namespace), namespace).toEqual(all.get(namespace));
    }
  });

  it('refuses a namespace no module declares', async () => {
    await expect(readTexts('en', 'nothing')).rejects.toThrow(/nothing/);
  });
});
