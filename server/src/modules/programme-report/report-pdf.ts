import path from 'node:path';
import pdfmake from 'pdfmake';
import type { DocumentDefinition } from 'pdfmake';

// Roboto as shipped inside pdfmake's own package: it covers Cyrillic and Latin, so the
// report needs no font download and no system font.
const FONT_DIR = path.join(
  path.dirname(require.resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // Documents are built from data only: never fetch a URL or read a file a text names.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => file.startsWith(FONT_DIR));
  configured = true;
}

export function renderPdf(document: DocumentDefinition): Promise<Buffer> {
  configure();
  return pdfmake.createPdf(document).getBuffer();
}
