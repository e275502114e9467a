import { createSocket, type Socket } from 'node:dgram';
import { parseDatagram } from './segment-document';
import type { TraceStore } from './trace-store';

/** A listening collector. */
export interface UdpCollector {
  /** `host:port` to put in `AWS_XRAY_DAEMON_ADDRESS`. */
  readonly address: string;
  close(): Promise<void>;
}

/**
 * Reads `AWS_XRAY_DAEMON_ADDRESS` as the SDKs do: `host:port`, or `udp:host:port tcp:host:port`.
 *
 * @example
 * udpAddressOf('udp:127.0.0.1:2000 tcp:127.0.0.1:2000'); // { host: '127.0.0.1', port: 2000 }
 */
export function udpAddressOf(value: string): { host: string; port: number } {
  const part = value.split(/\s+/).find((piece) => !piece.startsWith('tcp:')) ?? value;
  const match = /^(?:udp:)?([^:\s]+):(\d+)$/.exec(part);
  if (!match) throw new Error(`not an X-Ray daemon address: "${value}" (host:port)`);
  return { host: match[1] as string, port: Number(match[2]) };
}

/**
 * Listens for segment documents over UDP as the X-Ray daemon does (one document per datagram,
 * after the `{"format":"json","version":1}` header line) and keeps them in the store, which counts
 * the ones it refuses.
 *
 * @example
 * const collector = await startUdpCollector('127.0.0.1:0', store);
 * process.env.AWS_XRAY_DAEMON_ADDRESS = collector.address;
 */
export async function startUdpCollector(
  address: string,
  store: TraceStore,
  log?: (line: string) => void,
): Promise<UdpCollector> {
  const { host, port } = udpAddressOf(address);
  const socket: Socket = createSocket('udp4');
  socket.on('message', (message) => {
    try {
      store.ingest(message.toString('utf8'), parseDatagram);
    } catch (error) {
      log?.(`local-aws xray rejected a segment: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => resolve());
  });
  return {
    address: `${host}:${socket.address().port}`,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
