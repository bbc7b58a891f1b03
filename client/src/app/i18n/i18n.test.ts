import {
  AuditAction,
  ErrorCode,
  EventFormat,
  EventStatus,
  EventType,
  FieldMessage,
  IndicatorSource,
  LOCALES,
  OrganisationKind,
  PartnerRole,
  ProgrammeStatus,
  Role,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { ClientFieldMessage } from '../../ui/validation';
import { resources as bundles } from './index';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [nested, text] of flatten(value, path)) result.set(nested, text);
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

/** Every namespace of a language, keyed `namespace:key`, so feature files are held to the same rules. */
function flattenAll(namespaces: Record<string, Tree>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [namespace, tree] of Object.entries(namespaces)) {
    for (const [key, text] of flatten(tree))
      result.set(namespace === 'translation' ? key : `${namespace}:${key}`, text);
  }
  return result;
}

const resources: Record<string, Map<string, string>> = {
  en: flattenAll(bundles.en as unknown as Record<string, Tree>),
  uk: flattenAll(bundles.uk as unknown as Record<string, Tree>),
};
const english = resources.en ?? new Map<string, string>();
const ukrainian = resources.uk ?? new Map<string, string>();

describe('translations', () => {
  it('has a resource for every supported locale', () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort());
  });

  it('uk and en have exactly the same keys', () => {
    expect([...ukrainian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty texts', () => {
    for (const [locale, texts] of Object.entries(resources)) {
      const empty = [...texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, locale).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(placeholders(ukrainian.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  // Labels are looked up by wire value, so a value added in shared/ needs a label here.
  it.each([
    ['enums.Role', Object.values(Role)],
    ['enums.OrganisationKind', Object.values(OrganisationKind)],
    ['enums.ProgrammeStatus', Object.values(ProgrammeStatus)],
    ['enums.PartnerRole', Object.values(PartnerRole)],
    ['enums.AuditAction', Object.values(AuditAction)],
    ['events:enums.EventType', Object.values(EventType)],
    ['events:enums.EventStatus', Object.values(EventStatus)],
    ['events:enums.EventFormat', Object.values(EventFormat)],
    ['action-plan:indicators.sources', Object.values(IndicatorSource)],
    ['twinning:enums.TwinningKind', Object.values(TwinningKind)],
    ['twinning:enums.TwinningStatus', Object.values(TwinningStatus)],
    ['errors.code', Object.values(ErrorCode)],
    ['fieldMessages', [...Object.values(FieldMessage), ...Object.values(ClientFieldMessage)]],
  ])('labels every value of %s', (prefix, values) => {
    for (const value of values) {
      expect(english.has(`${prefix}.${value}`), `${prefix}.${value}`).toBe(true);
    }
  });
});
