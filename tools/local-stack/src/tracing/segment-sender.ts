import { createSocket } from 'node:dgram';

/** Sends segment documents to an X-Ray daemon (or the local X-Ray's collector) over UDP. */
export interface SegmentSender {
  send(document: Record<string, unknown>): void;
  close(): void;
}

/**
 * One UDP socket to `host:port`; each document goes as the SDKs send it, after the daemon's
 * header line. Fire and forget, as UDP is.
 *
 * @example
 * segmentSender('127.0.0.1:2000').send({ name: 'api/local', id, trace_id, start_time, end_time });
 */
export function segmentSender(daemonAddress: string): SegmentSender {
  const [host, port] = daemonAddress.replace(/^udp:/, '').split(':') as [string, string];
  const socket = createSocket('udp4');
  socket.unref();
  return {
    send(document) {
      socket.send(
        `{"format": "json", "version": 1}\n${JSON.stringify(document)}`,
        Number(port),
        host,
      );
    },
    close() {
      socket.close();
    },
  };
}
