const ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function unescaped(field: string): string {
  if (!field.includes('\\')) return field;
  return field.replace(
    /\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|([\s\S]))/g,
    (_match, octal?: string, hex?: string, letter?: string) => {
      if (octal) return String.fromCharCode(parseInt(octal, 8));
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      return ESCAPES[letter!] ?? letter!;
    },
  );
}

/**
 * One line of PostgreSQL's COPY text format as the values it holds, each the text a column's
 * input function reads (so a restore inserts exactly what COPY wrote), or null for `\N`.
 * Tabs and newlines inside values are written escaped, so a raw tab only ever separates.
 */
export function copyFields(line: string): (string | null)[] {
  return line.split('\t').map((field) => (field === '\\N' ? null : unescaped(field)));
}
