import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_NAME_MAX, FileRefusal } from '@spilno/shared';
import { detectKind, nameFor, sanitiseFileName, type Detection } from './file-content';

/** A ZIP of stored (uncompressed) entries, with its central directory, as office files are. */
function zip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function typeOf(detection: Detection): string {
  return 'kind' in detection ? detection.kind.contentType : detection.refusal;
}

describe('detectKind', () => {
  it('tells office documents apart by what their archive holds', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Учасники').addRow(['UA', 12]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(typeOf(detectKind(xlsx, 'list.xlsx'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const docx = zip([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '<w:document/>'],
    ]);
    expect(typeOf(detectKind(docx, 'minutes.docx'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const odt = zip([
      ['mimetype', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', '<office:document-content/>'],
    ]);
    expect(typeOf(detectKind(odt, 'minutes.odt'))).toBe('application/vnd.oasis.opendocument.text');
    const ods = zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]);
    expect(typeOf(detectKind(ods, 'list.ods'))).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
  });

  it('refuses other archives, even named as documents', () => {
    const archive = zip([['payload.exe', 'MZ']]);
    expect(typeOf(detectKind(archive, 'minutes.docx'))).toBe(FileRefusal.ARCHIVE);
    expect(typeOf(detectKind(Buffer.from('PK\x03\x04'), 'x.zip'))).toBe(FileRefusal.ARCHIVE);
  });

  it('knows JPEG photos and refuses programs and scripts', () => {
    expect(typeOf(detectKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'a.jpg'))).toBe('image/jpeg');
    for (const program of ['MZ\x90\x00', '\x7fELF\x02', '#!/bin/sh\nrm -rf /']) {
      expect(typeOf(detectKind(Buffer.from(program, 'latin1'), 'a.txt'))).toBe(
        FileRefusal.EXECUTABLE,
      );
    }
  });

  it('takes UTF-8 text, as CSV by its name, and refuses binary data and markup', () => {
    expect(typeOf(detectKind(Buffer.from('Громада;UA\n'), 'a.csv'))).toBe(
      'text/csv; charset=utf-8',
    );
    expect(typeOf(detectKind(Buffer.from('Нотатки\tзустрічі\r\n'), 'a.txt'))).toBe(
      'text/plain; charset=utf-8',
    );
    expect(typeOf(detectKind(Buffer.from([0xc3, 0x28]), 'a.txt'))).toBe(
      FileRefusal.UNSUPPORTED_TYPE,
    );
    expect(typeOf(detectKind(Buffer.from('a\0b'), 'a.txt'))).toBe(FileRefusal.UNSUPPORTED_TYPE);
    for (const markup of ['\uFEFF <svg onload="x()"/>', '\n<?xml version="1.0"?>', '<p>hi']) {
      expect(typeOf(detectKind(Buffer.from(markup), 'a.txt'))).toBe(FileRefusal.MARKUP);
    }
    expect(typeOf(detectKind(Buffer.alloc(0), 'a.txt'))).toBe(FileRefusal.EMPTY);
  });
});

describe('sanitiseFileName', () => {
  it('keeps the last path segment without controls, invisible marks or reserved characters', () => {
    expect(sanitiseFileName('C:\\Users\\me\\Протокол.pdf')).toBe('Протокол.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(sanitiseFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(sanitiseFileName('what?  "now" <x>.txt')).toBe('what_ _now_ _x_.txt');
    expect(sanitiseFileName(' ..hidden.txt. ')).toBe('hidden.txt');
    expect(sanitiseFileName('..')).toBe('');
  });

  it('shortens long names to the limit and keeps the extension', () => {
    const name = sanitiseFileName(`${'ї'.repeat(300)}.pdf`);
    expect(Array.from(name)).toHaveLength(ATTACHMENT_NAME_MAX);
    expect(name.endsWith('ї.pdf')).toBe(true);
  });
});

describe('nameFor', () => {
  const detected = detectKind(Buffer.from('%PDF-1.4'), 'x.pdf');
  if (!('kind' in detected)) throw new Error('expected a PDF');

  it('keeps a matching extension in any case and adds one that is missing', () => {
    expect(nameFor('Minutes.PDF', detected.kind)).toEqual({ name: 'Minutes.PDF' });
    expect(nameFor('minutes', detected.kind)).toEqual({ name: 'minutes.pdf' });
  });

  it('refuses an extension of another kind', () => {
    expect(nameFor('minutes.exe', detected.kind)).toMatchObject({
      refusal: FileRefusal.EXTENSION_MISMATCH,
    });
  });
});
