import { ATTACHMENT_NAME_MAX, FileRefusal } from '@spilno/shared';

/** A kind of file events may carry: minutes, attendance lists, photos, signed memoranda. */
export interface FileKind {
  /** What the reason of a refusal calls it, e.g. "a PDF document". */
  label: string;
  contentType: string;
  /** File name extensions this kind may carry, the usual one first. */
  extensions: readonly string[];
}

const PDF: FileKind = {
  label: 'a PDF document',
  contentType: 'application/pdf',
  extensions: ['pdf'],
};
const PNG: FileKind = { label: 'a PNG image', contentType: 'image/png', extensions: ['png'] };
const JPEG: FileKind = {
  label: 'a JPEG image',
  contentType: 'image/jpeg',
  extensions: ['jpg', 'jpeg'],
};
const DOCX: FileKind = {
  label: 'a Word document',
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
const XLSX: FileKind = {
  label: 'an Excel workbook',
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['xlsx'],
};
const ODT: FileKind = {
  label: 'an OpenDocument text',
  contentType: 'application/vnd.oasis.opendocument.text',
  extensions: ['odt'],
};
const ODS: FileKind = {
  label: 'an OpenDocument spreadsheet',
  contentType: 'application/vnd.oasis.opendocument.spreadsheet',
  extensions: ['ods'],
};
const TEXT: FileKind = {
  label: 'plain text',
  contentType: 'text/plain; charset=utf-8',
  extensions: ['txt', 'md', 'tsv'],
};
const CSV: FileKind = {
  label: 'CSV text',
  contentType: 'text/csv; charset=utf-8',
  extensions: ['csv'],
};

export type Detection = { kind: FileKind } | { refusal: FileRefusal; message: string };

function refuse(refusal: FileRefusal, message: string): Detection {
  return { refusal, message };
}

function startsWith(data: Buffer, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((byte, i) => data[i] === byte);
}

/**
 * What `data` is, judged by its bytes alone (the name only tells CSV from plain text, which
 * share their content). Anything not on the list is refused with a reason.
 */
export function detectKind(data: Buffer, fileName: string): Detection {
  if (data.length === 0) return refuse(FileRefusal.EMPTY, 'The file is empty');
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: PDF }; // %PDF-
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: PNG };
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { kind: JPEG };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return officeKind(data);
  if (
    startsWith(data, [0x4d, 0x5a]) || // MZ: Windows programs and libraries
    startsWith(data, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    startsWith(data, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    startsWith(data, [0x23, 0x21]) // #! scripts
  ) {
    return refuse(FileRefusal.EXECUTABLE, 'Programs and scripts are not accepted');
  }
  return textKind(data, fileName);
}

/**
 * Office documents are ZIP archives; which one is told by what they hold. OpenDocument files
 * open with an uncompressed `mimetype` entry; Office Open XML ones have a main part per kind.
 */
function officeKind(data: Buffer): Detection {
  const first = localEntry(data);
  if (first?.name === 'mimetype') {
    if (first.content === ODT.contentType) return { kind: ODT };
    if (first.content === ODS.contentType) return { kind: ODS };
  }
  const names = new Set(centralDirectoryNames(data));
  if (names.has('[Content_Types].xml')) {
    if (names.has('word/document.xml')) return { kind: DOCX };
    if (names.has('xl/workbook.xml')) return { kind: XLSX };
  }
  return refuse(
    FileRefusal.ARCHIVE,
    'ZIP archives are accepted only as Word, Excel or OpenDocument files',
  );
}

/** The name and (if stored uncompressed and short) the content of a ZIP's first entry. */
function localEntry(data: Buffer): { name: string; content: string | null } | null {
  if (data.length < 30) return null;
  const method = data.readUInt16LE(8);
  const size = data.readUInt32LE(18);
  const nameLength = data.readUInt16LE(26);
  const extraLength = data.readUInt16LE(28);
  const start = 30 + nameLength + extraLength;
  if (start > data.length) return null;
  const name = data.toString('latin1', 30, 30 + nameLength);
  const stored = method === 0 && size <= 200 && start + size <= data.length;
  return { name, content: stored ? data.toString('latin1', start, start + size) : null };
}

/** Entry names listed in a ZIP's central directory; empty when it cannot be found. */
function centralDirectoryNames(data: Buffer): string[] {
  // The end record is 22 bytes plus a comment of up to 65535; search backwards for it.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let i = data.length - 22; i >= lowest; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count && at + 46 <= data.length; n++) {
    if (data.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = data.readUInt16LE(at + 28);
    const skip = data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    names.push(data.toString('utf8', at + 46, Math.min(data.length, at + 46 + nameLength)));
    at += 46 + nameLength + skip;
  }
  return names;
}

/** Control bytes that never appear in text (the WHATWG sniffing standard's "binary data bytes"). */
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/; // eslint-disable-line no-control-regex
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function textKind(data: Buffer, fileName: string): Detection {
  let text: string;
  try {
    text = UTF8.decode(data);
  } catch {
    return refuse(FileRefusal.UNSUPPORTED_TYPE, unsupported);
  }
  if (BINARY_BYTE.test(text)) return refuse(FileRefusal.UNSUPPORTED_TYPE, unsupported);
  // HTML, SVG and XML open with markup; a browser or an app opening them may run scripts.
  if (
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('<')
  ) {
    return refuse(FileRefusal.MARKUP, 'HTML, XML and SVG files are not accepted');
  }
  return { kind: extensionOf(fileName) === 'csv' ? CSV : TEXT };
}

const unsupported =
  'Accepted are PDF, PNG, JPEG, Word (DOCX), Excel (XLSX), OpenDocument (ODT, ODS) and UTF-8 text or CSV';

/** The lower-case extension of a file name, or null when it has none. */
export function extensionOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : null;
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment,
 * without control, invisible or direction-changing characters (which can disguise
 * "report‮fdp.exe"), without characters file systems reserve, no leading or trailing dots,
 * and at most ATTACHMENT_NAME_MAX characters with its extension kept. Empty when nothing is left.
 */
export function sanitiseFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/gu, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const chars = Array.from(cleaned);
  if (chars.length <= ATTACHMENT_NAME_MAX) return cleaned;
  const extension = extensionOf(cleaned);
  const tail = extension && extension.length <= 10 ? `.${extension}` : '';
  return (
    chars
      .slice(0, ATTACHMENT_NAME_MAX - tail.length)
      .join('')
      .trimEnd() + tail
  );
}

/**
 * The name the file is kept under: its extension must be one of its kind's (a PDF named
 * "minutes.exe" is refused), and a name without one gets the usual one.
 */
export function nameFor(
  fileName: string,
  kind: FileKind,
): { name: string } | { refusal: FileRefusal; message: string } {
  const extension = extensionOf(fileName);
  if (extension === null) return { name: `${fileName}.${kind.extensions[0] ?? 'bin'}` };
  if (kind.extensions.includes(extension)) return { name: fileName };
  return {
    refusal: FileRefusal.EXTENSION_MISMATCH,
    message: `The name ends in .${extension}, but the file is ${kind.label}`,
  };
}
