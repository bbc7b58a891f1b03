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
