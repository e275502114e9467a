// Lints code that is not on disk as if it lived at a given path: stdin is a JSON array of
// { path, code }, stdout a JSON array of message lists. A separate process because ESLint loads
// its flat config with a dynamic import, which jest's module runtime does not allow.
import { ESLint } from 'eslint';
import { text } from 'node:stream/consumers';

const fixtures = JSON.parse(await text(process.stdin));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { path, code } of fixtures) {
  const [result] = await eslint.lintText(code, { filePath: path });
  results.push((result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`));
}
process.stdout.write(JSON.stringify(results));
