import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { cacheControlFor } from '../edge/cache-control';
import { routedUri } from '../edge/route-fallback';
import { dashboardSecurityHeaders } from '../edge/security-headers';
import type { PreviewSettings } from './preview-config';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileSize(path: string): Promise<number | undefined> {
  const stats = await stat(path).catch(() => undefined);
  return stats?.isFile() ? stats.size : undefined;
}

/**
 * Serves a production build of the dashboard as CloudFront serves it from S3: the deployed route
 * function picks the file, every answer carries the deployed security headers and the Cache-Control
 * the file is uploaded with, a missing file is a 404, and `/config.json` is this stage's settings.
 *
 * @example
 * const server = previewServer('dist/apps/web', previewSettings(process.env));
 * server.listen(4173);
 */
export function previewServer(dir: string, settings: PreviewSettings): Server {
  const headers = dashboardSecurityHeaders(settings.origins);
  const config = JSON.stringify(settings.config);

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const uri = routedUri(decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname));
    res.setHeader('Cache-Control', cacheControlFor(uri));
    if (uri === '/config.json') {
      res
        .writeHead(200, { 'Content-Type': CONTENT_TYPES['.json'] })
        .end(req.method === 'GET' ? config : undefined);
      return;
    }
    const path = normalize(join(dir, uri));
    const size = path.startsWith(normalize(dir)) ? await fileSize(path) : undefined;
    if (size === undefined) {
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt'] }).end('Not Found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  }

  return createServer((req, res) => {
    answer(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}
