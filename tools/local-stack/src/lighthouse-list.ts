// `npm run lighthouse:list`: Lighthouse 12 (desktop preset) on the production build's instance
// list, signed in, against a local stack on free ports (the API, Cognito and the seeded fleet
// behind it: 60 instances unless LOCAL_AWS_INSTANCES says otherwise). Prints performance and
// accessibility, and each failed audit. Lighthouse runs through npx, as `npm run lighthouse` does.
//   npm run lighthouse:list -- [--path '/instances?limit=50']
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { startLocalStack } from './start-local-stack';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const WORKSPACE_ROOT = join(import.meta.dirname, '../../..');
const { values } = parseArgs({ options: { path: { type: 'string', default: '/instances' } } });

interface Report {
  lighthouseVersion: string;
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

function print(report: Report, url: string): void {
  console.log(`Lighthouse ${report.lighthouseVersion}, desktop, signed in as the admin, ${url}`);
  for (const [id, category] of Object.entries(report.categories)) {
    console.log(`${id}: ${Math.round(category.score * 100)}`);
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9)
        console.log(`  ${ref.id}: ${audit.score} ${audit.displayValue ?? ''} (${audit.title})`);
    }
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ])
    console.log(`  ${id}: ${report.audits[id]?.displayValue ?? '?'}`);
}

async function main(): Promise<void> {
  const stack = await startLocalStack({
    ports: 'free',
    web: 'preview',
    output: { logDir: join(WORKSPACE_ROOT, 'tmp', 'lighthouse-stack-logs') },
    cognitoData: 'fresh',
  });
  const report = join(WORKSPACE_ROOT, 'tmp', `lighthouse-list-${process.pid}.json`);
  const admin = stack.demoUsers.find((user) => user.key === 'admin');
  try {
    if (!stack.webUrl || !admin) throw new Error('the stack serves no dashboard or has no admin');
    const url = `${stack.webUrl}${values.path}`;
    await promisify(execFile)(
      'npx',
      [
        '-y',
        '-p',
        LIGHTHOUSE,
        'node',
        join(import.meta.dirname, 'lighthouse-flow.mjs'),
        `${stack.webUrl}/sign-in`,
        url,
        admin.email,
        stack.demoPassword,
        report,
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
        maxBuffer: 1 << 26,
      },
    );
    print(JSON.parse(await readFile(report, 'utf8')) as Report, url);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
