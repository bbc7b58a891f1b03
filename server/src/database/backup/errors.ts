/**
 * A problem the operator has to fix (no such file, not a backup, a target that is not empty):
 * the scripts print the message as one line, without a stack.
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The first line of an error's message: what the operator needs, not the driver's stack. */
export function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || String(error);
}
