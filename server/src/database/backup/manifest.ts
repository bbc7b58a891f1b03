import { BackupError } from './errors';

/** Raised whenever the archive's layout or the manifest's meaning changes. */
export const FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const TABLES_DIR = 'tables';
export const ATTACHMENTS_DIR = 'attachments';

export interface TableEntry {
  name: string;
  /** The columns in the order of each line of the table's file (generated columns are left out). */
  columns: string[];
  rows: number;
  /** Inside the archive: `tables/<name>.tsv`, rows in PostgreSQL's COPY text format. */
  file: string;
}

export interface SequenceEntry {
  name: string;
  /** As text: a bigint does not fit a JavaScript number. */
  value: string;
  called: boolean;
}

export interface AttachmentsEntry {
  store: 'filesystem' | 's3';
  /** False for S3: the bucket is backed up on its own. */
  included: boolean;
  files: number;
  bytes: number;
  /** Keys whose row is in the backup but whose file was deleted while the backup ran. */
  missing: string[];
}

/** `manifest.json`, the first entry of every archive. */
export interface Manifest {
  format: number;
  application: 'spilno';
  createdAt: string;
  source: 'embedded' | 'postgresql';
  /** The names of the migrations applied to the database, oldest first. */
  migrations: string[];
  tables: TableEntry[];
  sequences: SequenceEntry[];
  attachments: AttachmentsEntry;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTable(value: unknown): value is TableEntry {
  const table = value as TableEntry;
  return (
    typeof table?.name === 'string' &&
    isStringArray(table.columns) &&
    Number.isInteger(table.rows) &&
    table.file === `${TABLES_DIR}/${table.name}.tsv`
  );
}

function isSequence(value: unknown): value is SequenceEntry {
  const sequence = value as SequenceEntry;
  return (
    typeof sequence?.name === 'string' &&
    /^-?\d+$/.test(String(sequence.value)) &&
    typeof sequence.called === 'boolean'
  );
}

function isAttachments(value: unknown): value is AttachmentsEntry {
  const attachments = value as AttachmentsEntry;
  return (
    (attachments?.store === 'filesystem' || attachments?.store === 's3') &&
    typeof attachments.included === 'boolean' &&
    Number.isInteger(attachments.files) &&
    Number.isInteger(attachments.bytes) &&
    isStringArray(attachments.missing)
  );
}

/** The manifest in `text`, or a BackupError saying why `file` cannot be restored. */
export function parseManifest(text: string, file: string): Manifest {
  let value: Partial<Manifest>;
  try {
    value = JSON.parse(text) as Partial<Manifest>;
  } catch {
    throw new BackupError(`${file} is not a Spilno backup: its manifest.json is not JSON`);
  }
  if (value?.application !== 'spilno' || !Number.isInteger(value.format)) {
    throw new BackupError(`${file} is not a Spilno backup: its manifest.json is not Spilno's`);
  }
  if (value.format! > FORMAT_VERSION) {
    throw new BackupError(
      `${file} is in backup format ${value.format}, newer than this version of Spilno reads (${FORMAT_VERSION}): restore it with a newer Spilno`,
    );
  }
  if (
    typeof value.createdAt !== 'string' ||
    (value.source !== 'embedded' && value.source !== 'postgresql') ||
    !isStringArray(value.migrations) ||
    !Array.isArray(value.tables) ||
    !value.tables.every(isTable) ||
    !Array.isArray(value.sequences) ||
    !value.sequences.every(isSequence) ||
    !isAttachments(value.attachments)
  ) {
    throw new BackupError(`${file} is damaged: its manifest.json lacks or garbles a field`);
  }
  return value as Manifest;
}
