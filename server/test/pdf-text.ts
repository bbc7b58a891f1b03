import type { Content } from 'pdfmake';

/** Every text of a pdfmake document's content, in reading order. */
export function documentTexts(content: Content | Content[] | undefined): string[] {
  if (content === undefined || content === null) return [];
  if (typeof content === 'string') return [content];
  if (Array.isArray(content)) return content.flatMap(documentTexts);
  if (typeof content !== 'object') return [];
  const node = content as Record<string, unknown>;
  return [
    ...documentTexts(node.text as Content),
    ...documentTexts(node.columns as Content[]),
    ...documentTexts(node.stack as Content[]),
    ...documentTexts((node.table as { body?: Content[][] } | undefined)?.body?.flat()),
  ];
}

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

interface TextRun {
  text: string;
  x: number;
  y: number;
}

/**
 * The runs of text on each page, blank ones left out. Read with PDF.js, a real PDF parser, so it
 * sees what a viewer lays out.
 */
async function pageRuns(pdf: Buffer): Promise<TextRun[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: TextRun[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      runs.push({ text: item.str, x: x ?? 0, y: y ?? 0 });
    }
    pages.push(runs);
  }
  await document.destroy();
  return pages;
}

/** The text a reader sees on each page, as lines: runs that share a baseline, left to right. */
export async function pdfLines(pdf: Buffer): Promise<string[][]> {
  return (await pageRuns(pdf)).map((runs) => {
    const lines = new Map<number, TextRun[]>();
    for (const run of runs) {
      const baseline = Math.round(run.y);
      lines.set(baseline, [...(lines.get(baseline) ?? []), run]);
    }
    return [...lines.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, line]) =>
        line
          .sort((a, b) => a.x - b.x)
          .map((run) => run.text)
          .join(' '),
      );
  });
}

/**
 * The separate runs of text PDF.js finds, each a piece of a line: a word broken across two
 * lines shows up as two runs that are each a part of it.
 */
export async function pdfRuns(pdf: Buffer): Promise<string[]> {
  return (await pageRuns(pdf)).flat().map((run) => run.text);
}
