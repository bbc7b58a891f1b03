import { threadId } from 'node:worker_threads';

/** What a render task answers: the file, and the thread that rendered it. */
export interface Rendered {
  bytes: Uint8Array;
  threadId: number;
}

/**
 * A render function as a worker file exports it (see render-pool.ts). It runs inside a worker
 * thread: its input is plain data, already read from the database by the requesting thread,
 * since connections belong to that thread's pool.
 */
export function renderTask<I>(render: (input: I) => Promise<Uint8Array>) {
  return async (input: I): Promise<Rendered> => {
    const file = await render(input);
    // A small Buffer is a view into a shared slab, which would be copied whole to the caller.
    const whole = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength;
    return { bytes: whole ? file : new Uint8Array(file), threadId };
  };
}
