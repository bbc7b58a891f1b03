/** Characters with a meaning in PostgreSQL regular expressions. */
const REGEX_SPECIAL = /[\\^$.|?*+()[\]{}]/;

function literal(char: string): string {
  return REGEX_SPECIAL.test(char) ? `\\${char}` : char;
}

/**
 * A PostgreSQL regular expression (for `~`) that finds `text` anywhere, in any letter case,
 * with every other character taken literally (`%`, `_`, `.` included).
 *
 * Case is folded here rather than with lower() or ILIKE: those fold only ASCII letters when
 * the database's character type is "C", which would make "харків" miss "Харківська". Each
 * letter becomes a class of its cases (`[Хх]`), which matches whatever the server's locale.
 * Used against the lower() expression the trigram index covers, so the index still serves it.
 */
export function anyCasePattern(text: string): string {
  let pattern = '';
  for (const char of text) {
    const variants = [...new Set([char, char.toLowerCase(), char.toUpperCase()])];
    if (variants.length === 1) pattern += literal(char);
    else if (variants.every((v) => [...v].length === 1)) pattern += `[${variants.join('')}]`;
    else pattern += `(?:${variants.map((v) => [...v].map(literal).join('')).join('|')})`;
  }
  return pattern;
}
