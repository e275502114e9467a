import type { XRayClientConfig } from '@aws-sdk/client-xray';

/** Uploads segment documents to the X-Ray API in batches (see segment-upload.cjs). */
export interface SegmentUploader {
  /** Queues one segment document; it is uploaded with the next batch. */
  add(document: Record<string, unknown>): void;
  /** Uploads what is queued now; resolves once every upload so far has finished. */
  flush(): Promise<void>;
  /** Uploads what is queued and lets the client go. */
  close(): Promise<void>;
}

export function segmentUploader(options?: {
  readonly client?: XRayClientConfig;
  readonly log?: (line: string) => void;
}): SegmentUploader;
