// The pipeline's question: does this change need the whole stack, or only the affected projects?
//   tsx tools/deploy/src/scope/cli.ts --base <sha> [--head <sha>]
// Prints the reasons and `scope=stack|affected`, and appends that line to $GITHUB_OUTPUT.
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deployScope } from './deploy-scope';

const { values } = parseArgs({
  options: { base: { type: 'string' }, head: { type: 'string', default: 'HEAD' } },
});
if (!values.base) {
  console.error('usage: deploy-scope --base <sha> [--head <sha>]');
  process.exit(2);
}

const changed = execFileSync('git', ['diff', '--name-only', `${values.base}...${values.head}`], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file.length > 0);
const { scope, reasons } = deployScope(changed);
for (const reason of reasons) console.log(`whole stack: ${reason}`);
console.log(`scope=${scope}`);
if (process.env['GITHUB_OUTPUT']) appendFileSync(process.env['GITHUB_OUTPUT'], `scope=${scope}\n`);
