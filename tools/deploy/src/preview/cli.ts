// The production build of the dashboard, served with CloudFront's headers, route fallback and
// cache rules (infra/edge): `npm run preview` starts it inside the local stack, and so does the
// test suite, so a CSP violation fails a test here rather than in production.
//   tsx tools/deploy/src/preview/cli.ts [--dir dist/apps/web] [--host 127.0.0.1] [--port 4173]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKSPACE_ROOT } from '../edge/infra-file';
import { previewSettings } from './preview-config';
import { previewServer } from './preview-server';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(WORKSPACE_ROOT, 'dist/apps/web') },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env['WEB_PORT'] ?? '4173' },
  },
});

const server = previewServer(values.dir, previewSettings(process.env));
server.listen(Number(values.port), values.host, () => {
  console.log(
    `dashboard build ${values.dir} on http://${values.host}:${values.port} (CloudFront headers)`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
