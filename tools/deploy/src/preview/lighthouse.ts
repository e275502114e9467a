// `npm run lighthouse`: Lighthouse's desktop "best practices" on the production build, served as
// CloudFront serves it (tools/deploy/src/preview). Lighthouse 12 (13 needs Node 22), pinned, run
// by npx so its ~200 packages stay out of the workspace's lock file.
//   npm run lighthouse -- [--dir dist/apps/web] [--path /sign-in]
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { WORKSPACE_ROOT } from '../edge/infra-file';
import { previewSettings } from './preview-config';
import { previewServer } from './preview-server';

const LIGHTHOUSE = 'lighthouse@12.8.2';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(WORKSPACE_ROOT, 'dist/apps/web') },
    path: { type: 'string', default: '/' },
  },
});

async function main(): Promise<void> {
  // A stage as a deployed one looks (AWS Cognito, no local endpoint), unless the caller names one.
  const stage = {
    FLEET_COGNITO_USER_POOL_ID: 'us-east-1_Lighthouse',
    FLEET_COGNITO_CLIENT_ID: '4lighthouse2example6client',
    ...process.env,
  };
  const server = previewServer(values.dir, previewSettings(stage));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${values.path}`;
  const report = join(WORKSPACE_ROOT, 'tmp', `lighthouse-${process.pid}.json`);
  try {
    await promisify(execFile)(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        url,
        '--preset=desktop',
        '--only-categories=best-practices',
        '--output=json',
        `--output-path=${report}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' } },
    );
  } finally {
    server.close();
  }
  const result = JSON.parse(await readFile(report, 'utf8')) as {
    lighthouseVersion: string;
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
  const category = result.categories['best-practices'];
  console.log(`Lighthouse ${result.lighthouseVersion}, desktop, ${url}`);
  console.log(`best practices: ${Math.round((category?.score ?? 0) * 100)}`);
  for (const ref of category?.auditRefs ?? []) {
    const audit = result.audits[ref.id];
    if (ref.weight > 0 && audit && audit.score !== 1 && audit.score !== null) {
      console.log(`  failed: ${ref.id} (${audit.title})`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
