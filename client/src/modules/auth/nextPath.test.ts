import { describe, expect, it } from 'vitest';
import { sanitizeNextPath, signInPath } from './nextPath';

describe('sanitizeNextPath', () => {
  it.each([
    ['/programmes', '/programmes'],
    ['/programmes/42?tab=partners#top', '/programmes/42?tab=partners#top'],
    ['/users?q=olena&page=2', '/users?q=olena&page=2'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(sanitizeNextPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/phish',
    'http://evil.example',
    '//evil.example/path',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    'programmes',
    ' /programmes',
    '',
  ])('rejects %j', (input) => {
    expect(sanitizeNextPath(input)).toBe('/');
  });

  it('falls back to the overview when nothing is given', () => {
    expect(sanitizeNextPath(null)).toBe('/');
    expect(sanitizeNextPath(undefined)).toBe('/');
  });

  it('never sends the user back to the sign-in page', () => {
    expect(sanitizeNextPath('/sign-in?next=/users')).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries a safe destination along', () => {
    expect(signInPath('/programmes/7?x=1')).toBe('/sign-in?next=%2Fprogrammes%2F7%3Fx%3D1');
  });

  it('drops an unsafe or trivial destination', () => {
    expect(signInPath('https://evil.example')).toBe('/sign-in');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
