// Random access to a file's bytes in slices, so a 2 GB upload is never read whole.

export interface ByteSource {
  readonly size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A Blob or File: slices are read lazily with Blob.slice. */
export function blobSource(b: Blob): ByteSource {
  return { size: b.size, read: async (s, e) => new Uint8Array(await b.slice(s, e).arrayBuffer()) };
}

export function bytesSource(u: Uint8Array): ByteSource {
  return { size: u.length, read: async (s, e) => u.subarray(Math.max(0, s), Math.min(u.length, e)) };
}

/** Thrown when a file cannot be inspected; `reason` goes into the event and the notice. */
export class Uninspectable extends Error {
  constructor(readonly reason: UninspectableReason, detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}
export type UninspectableReason = 'encrypted' | 'corrupt' | 'too_large' | 'zip_bomb' | 'unsupported_archive' | 'unreadable';
