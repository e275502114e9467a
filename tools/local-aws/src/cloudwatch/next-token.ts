import { createHash } from 'node:crypto';
import { invalidNextToken } from './errors';

/** What a NextToken carries: where the next page starts, and the clock of the first page. */
export interface PageCursor {
  readonly offset: number;
  /** The first page's time: later pages are computed at the same instant so pages never overlap or skip. */
  readonly nowMs: number;
}

/** A short digest of the request (minus its NextToken), so a token only resumes the request it came from. */
export function fingerprint(operation: string, input: object): string {
  const { NextToken: _ignored, ...rest } = input as Record<string, unknown>;
  return createHash('sha256')
    .update(operation)
    .update(JSON.stringify(rest))
    .digest('base64url')
    .slice(0, 16);
}

/** An opaque token for the page after `cursor`. */
export function encodeNextToken(print: string, cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ f: print, o: cursor.offset, n: cursor.nowMs })).toString(
    'base64url',
  );
}

/** Reads a token this service issued for the same request; anything else is `InvalidNextToken`. */
export function decodeNextToken(token: string, print: string): PageCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const { f, o, n } = parsed as Record<string, unknown>;
      if (f === print && Number.isInteger(o) && (o as number) >= 0 && typeof n === 'number') {
        return { offset: o as number, nowMs: n };
      }
    }
  } catch {
    // fall through: a token that does not parse is as invalid as a foreign one
  }
  throw invalidNextToken();
}
