import { describe, expect, it } from 'vitest';

/**
 * "Nothing on the client decides a permission": what the viewer may do comes from the
 * server's `viewerCan` (docs/policy.md), so no page, form or guard compares roles. This scans
 * the client's own code (not tests, not generated types) for role comparisons.
 */
const globbed = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
// Vite names the files below this folder `./…`; name every file from `src/` alike.
const sources: Record<string, string> = Object.fromEntries(
  Object.entries(globbed).map(([key, text]) => [key.replace(/^\.\//, '../modules/'), text]),
);

/**
 * Forms that set an account's role, and only set it: the role is the value being edited
 * there (a partner account needs an organisation), not a permission of the viewer.
 */
const SETS_A_ROLE = new Set(['../modules/users/components/CreateUserModal.tsx']);

const ROLE_NAMES = 'ADMIN|COORDINATOR|PARTNER|OBSERVER';
const DECIDES_BY_ROLE: readonly RegExp[] = [
  // `user.role === …`, `role !== …`, `roles.includes(user.role)`
  /\brole\s*[!=]==?/,
  /[!=]==?\s*[\w.?]*\brole\b/,
  /\.includes\(\s*[\w.?]*\brole\s*\)/,
  // any use of a role's value: `Role.ADMIN`, or its name as a string compared with something
  new RegExp(`\\bRole\\.(${ROLE_NAMES})\\b`),
  new RegExp(`[!=]==?\\s*['"](${ROLE_NAMES})['"]`),
  new RegExp(`['"](${ROLE_NAMES})['"]\\s*[!=]==?`),
];

function offences(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => DECIDES_BY_ROLE.some((pattern) => pattern.test(line)))
    .map((line) => line.trim());
}

describe('permissions on the client', () => {
  it('recognises the comparisons it forbids, and leaves labels and role fields alone', () => {
    for (const line of [
      "if (user.role === 'PARTNER') {",
      'const canAdd = programme.canEdit && user.role === Role.ADMIN;',
      "user.role !== 'COORDINATOR' || canEdit",
      'return allowed.includes(user.role) ? <Outlet /> : null;',
      'export const PORTFOLIO_ROLES = [Role.ADMIN, Role.OBSERVER];',
    ]) {
      expect(offences(line), line).toHaveLength(1);
    }
    for (const line of [
      '<Table.Td>{t(`enums.Role.${user.role}`)}</Table.Td>',
      'role: values.role,',
      "{user.viewerCan.createTwinning ? t('registry.create') : t('registry.propose')}",
    ]) {
      expect(offences(line), line).toEqual([]);
    }
  });

  it('compares no roles outside the forms that set one', () => {
    const files = Object.keys(sources).filter((file) => !file.includes('/generated/'));
    // The scan reaches the features, the app shell and the pages.
    expect(files).toEqual(
      expect.arrayContaining([
        '../app/router.tsx',
        '../modules/twinning/components/TwinningTab.tsx',
        '../pages/HomePage.tsx',
      ]),
    );
    const found = Object.fromEntries(
      files
        .filter((file) => !SETS_A_ROLE.has(file))
        .map((file) => [file, offences(sources[file] ?? '')] as const)
        .filter(([, lines]) => lines.length > 0),
    );
    expect(found).toEqual({});
  });

  it('keeps the allow-list to files that exist and still set a role', () => {
    for (const file of SETS_A_ROLE) {
      expect(sources[file], file).toMatch(/\brole\b/);
    }
  });
});
