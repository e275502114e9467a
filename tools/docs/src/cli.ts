// npm run docs: rewrites the generated blocks of README.md and docs/*.md from the code.
// `--check` writes nothing: it prints the stale files as JSON (the unit test runs it so, in its
// own process, because prettier loads its plugins with a dynamic import jest does not allow).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDocs } from './generate-docs';

const root = resolve(__dirname, '../../..');
const check = process.argv.includes('--check');

void generateDocs(root).then((docs) => {
  const stale = docs.filter((doc) => doc.current !== doc.expected);
  if (check) {
    process.stdout.write(JSON.stringify(stale.map((doc) => doc.file)));
    return;
  }
  for (const { file, expected } of stale) {
    writeFileSync(join(root, file), expected);
    process.stdout.write(`docs: wrote ${file}\n`);
  }
});
