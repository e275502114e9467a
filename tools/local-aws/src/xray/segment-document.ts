/** An exception as a segment's `cause` lists it. */
export interface SegmentException {
  readonly id?: string;
  readonly message?: string;
  readonly type?: string;
  readonly remote?: boolean;
}

/** HTTP fields of a segment or subsegment (`http.request`, `http.response`). */
export interface SegmentHttp {
  readonly request?: {
    readonly method?: string;
    readonly url?: string;
    readonly user_agent?: string;
    readonly client_ip?: string;
  };
  readonly response?: { readonly status?: number; readonly content_length?: number };
}

export type AnnotationScalar = string | number | boolean;

/**
 * The fields of an X-Ray segment document the local X-Ray reads (the daemon and the service
 * accept and keep every other field too: documents are stored as sent).
 */
export interface SegmentDocument {
  readonly name: string;
  readonly id: string;
  readonly trace_id?: string;
  readonly parent_id?: string;
  readonly type?: 'subsegment';
  readonly start_time: number;
  readonly end_time?: number;
  readonly in_progress?: boolean;
  readonly origin?: string;
  readonly namespace?: 'aws' | 'remote';
  readonly user?: string;
  readonly inferred?: boolean;
  readonly http?: SegmentHttp;
  readonly aws?: Readonly<Record<string, unknown>>;
  readonly error?: boolean;
  readonly throttle?: boolean;
  readonly fault?: boolean;
  readonly cause?: string | { readonly exceptions?: readonly SegmentException[] };
  readonly annotations?: Readonly<Record<string, AnnotationScalar>>;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly subsegments?: readonly SegmentDocument[];
}

const ID = /^[0-9a-f]{16}$/;
const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

/**
 * Reads one segment document as X-Ray validates it: a name, a 16-hex-digit id, a trace id
 * `1-<8 hex>-<24 hex>`, a start time, and an end time unless in progress. Throws with the reason.
 *
 * @example
 * parseSegmentDocument('{"name":"f","id":"70de5b6f19ff9a0a","trace_id":"1-5a2b3c4d-…","start_time":1,"end_time":2}');
 */
export function parseSegmentDocument(text: string): SegmentDocument {
  const value = JSON.parse(text) as Partial<SegmentDocument> | null;
  if (typeof value !== 'object' || value === null) throw new Error('not a JSON object');
  if (typeof value.name !== 'string' || value.name.length === 0) throw new Error('no name');
  if (typeof value.id !== 'string' || !ID.test(value.id))
    throw new Error('id is not 16 hex digits');
  if (typeof value.trace_id !== 'string' || !TRACE_ID.test(value.trace_id))
    throw new Error('trace_id is not 1-<8 hex>-<24 hex>');
  if (typeof value.start_time !== 'number') throw new Error('no start_time');
  if (value.in_progress !== true && typeof value.end_time !== 'number')
    throw new Error('no end_time and not in_progress');
  if (value.type === 'subsegment' && typeof value.parent_id !== 'string')
    throw new Error('an independent subsegment needs a parent_id');
  return value as SegmentDocument;
}

/** The daemon's datagram header: `{"format": "json", "version": 1}` then a newline. */
const HEADER = /^\s*\{\s*"format"\s*:\s*"json"\s*,\s*"version"\s*:\s*1\s*\}\s*\n/;

/**
 * Splits a datagram as the X-Ray daemon reads it: the header line, then one segment document.
 *
 * @example
 * parseDatagram('{"format":"json","version":1}\n{"name":"f",…}');
 */
export function parseDatagram(datagram: string): SegmentDocument {
  const header = HEADER.exec(datagram);
  if (!header) throw new Error('missing the {"format":"json","version":1} header line');
  return parseSegmentDocument(datagram.slice(header[0].length));
}
