import type { GraphQLError } from './graphql';

/** One cookie as a response set it: its value and attributes, e.g. `Max-Age`, `HttpOnly`. */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string>;
}

export function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...parts] = header.split(';').map((part) => part.trim());
  const at = pair.indexOf('=');
  const attributes = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) attributes.set(part.toLowerCase(), '');
    else attributes.set(part.slice(0, eq).toLowerCase(), part.slice(eq + 1));
  }
  return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
}

/**
 * A browser with a cookie jar of its own, for tests where more than the session cookie
 * matters: it keeps every cookie the server sets and drops those it clears.
 */
export class Browser {
  readonly jar = new Map<string, string>();
  /** The cookies set by the last response. */
  lastSetCookies: SetCookie[] = [];

  constructor(private readonly url: string) {}

  async request(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: Record<string, unknown> | null; errors?: GraphQLError[] }> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookies = response.headers.getSetCookie().map(parseSetCookie);
    for (const set of this.lastSetCookies) {
      const expires = set.attributes.get('expires');
      const cleared = !set.value || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (cleared) this.jar.delete(set.name);
      else this.jar.set(set.name, set.value);
    }
    return (await response.json()) as { data?: Record<string, unknown>; errors?: GraphQLError[] };
  }

  /** The code of the first error, or undefined on success. */
  async code(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    return (await this.request(query, variables)).errors?.[0]?.extensions?.code;
  }
}
