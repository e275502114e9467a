import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { SegmentDocument } from '../segment-document';
import { udpAddressOf } from '../udp-collector';

/** A fresh X-Ray trace id: `1-<epoch seconds hex>-<24 hex>`. */
export function newTraceId(at = Date.now()): string {
  return `1-${Math.floor(at / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
}

/** A fresh 16-hex-digit segment id. */
export function newSegmentId(): string {
  return randomBytes(8).toString('hex');
}

/** Sends documents as an X-Ray SDK does: one datagram each, header line first. */
export async function sendSegments(
  address: string,
  documents: readonly (SegmentDocument | string)[],
): Promise<void> {
  const { host, port } = udpAddressOf(address);
  const socket = createSocket('udp4');
  for (const document of documents) {
    const body = typeof document === 'string' ? document : JSON.stringify(document);
    await new Promise<void>((resolve, reject) =>
      socket.send(`{"format": "json", "version": 1}\n${body}`, port, host, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  }
  socket.close();
}
