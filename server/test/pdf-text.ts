/**
 * An entry (Title, Subject, …) of a PDF's Info dictionary. PDF writers keep it as a literal
 * string, UTF-16BE with a byte-order mark when it is not plain ASCII; the page text itself is
 * drawn in subset font glyphs, so these entries are the readable trace of what it is about.
 */
export function pdfInfo(pdf: Buffer, key: 'Title' | 'Subject'): string | null {
  const raw = pdf.toString('latin1');
  const reference = new RegExp(`/${key} (\\d+) 0 R`).exec(raw);
  const literal = reference
    ? new RegExp(`\\n${reference[1]} 0 obj\\n\\(`).exec(raw)
    : new RegExp(`/${key} \\(`).exec(raw);
  if (!literal) return null;
  const bytes: number[] = [];
  for (let i = literal.index + literal[0].length; i < raw.length; i++) {
    const char = raw.charCodeAt(i);
    if (char === 0x29) break; // ")" ends the string; escaped ones are skipped below
    if (char === 0x5c) {
      const next = raw[++i] ?? '';
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      continue;
    }
    bytes.push(char);
  }
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return buffer.subarray(2).swap16().toString('utf16le');
  }
  return buffer.toString('latin1');
}
