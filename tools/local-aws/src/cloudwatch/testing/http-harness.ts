import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AwsServiceHandler } from '../../service-handler';

/** A running loopback server for one service. */
export interface Harness {
  readonly url: string;
  close(): Promise<void>;
}

/** The region of a SigV4 `Authorization` header's credential scope (`Credential=AKID/date/REGION/service/…`). */
export function regionOfAuthorization(authorization: string | undefined): string {
  return /Credential=[^/]+\/[^/]+\/([^/]+)\//.exec(authorization ?? '')?.[1] ?? 'us-east-1';
}

/**
 * Serves one AwsServiceHandler on a free loopback port, the way the local AWS router hands
 * requests over, so SDK and hand-built requests cross a real HTTP wire in tests.
 */
export async function startHarness(handler: AwsServiceHandler): Promise<Harness> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const region = regionOfAuthorization(req.headers.authorization);
      handler({
        region,
        service: 'monitoring',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }).then(
        (reply) => {
          res.writeHead(reply.status, reply.headers);
          res.end(reply.body);
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
