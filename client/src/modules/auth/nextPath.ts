export const SIGN_IN_PATH = '/sign-in';
const HOME = '/';

// A throwaway origin to resolve against: if the resolved URL leaves it, the input pointed
// somewhere else ("//evil.example", "https://…", "/\evil.example").
const PROBE_ORIGIN = 'https://spilno.invalid';

/**
 * Control characters and backslashes are stripped or rewritten by URL parsers, which is
 * how "/\t/evil.example" turns into "//evil.example"; such input is rejected outright.
 */
function hasUnsafeCharacters(value: string): boolean {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || character === '\\') return true;
  }
  return false;
}

/**
 * Where to go after signing in. Only a path on this site is accepted; anything else
 * (absolute or protocol-relative URLs, other schemes, the sign-in page itself) gives "/".
 */
export function sanitizeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return HOME;
  if (hasUnsafeCharacters(raw)) return HOME;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return HOME;
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname === SIGN_IN_PATH) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where the user wanted to be. */
export function signInPath(next?: string | null): string {
  const target = sanitizeNextPath(next);
  return target === HOME ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
