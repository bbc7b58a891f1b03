// The part of pdfmake's API the report uses. pdfmake's published typings pull the browser's
// DOM library into the whole server program, which changes the types of fetch and Buffer.
declare module 'pdfmake' {
  /** A node of pdfmake's document model: text, a list of nodes, or an object such as a table. */
  export type Content = string | Content[] | { [key: string]: unknown };

  export interface DocumentDefinition {
    content: Content[];
    footer?: (page: number, pages: number) => Content;
    [key: string]: unknown;
  }

  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  interface PdfMake {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(document: DocumentDefinition): { getBuffer(): Promise<Buffer> };
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
