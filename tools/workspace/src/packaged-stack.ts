import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { WORKSPACE_ROOT, runCommand } from './run-command';

/** The generated CloudFormation of the stack, as `serverless package` writes it. */
export interface Template {
  Conditions?: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Properties: Record<string, unknown>; DependsOn?: unknown; Condition?: string }
  >;
  Outputs: Record<string, { Value: unknown }>;
}

export interface PackagedStack {
  readonly dir: string;
  readonly template: Template;
  /** Seconds `serverless package` took (the run that made this folder). */
  readonly seconds: number;
}

/** Every way to AWS closed: packaging must need no account. */
export const NO_AWS_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_SESSION_TOKEN: '',
  AWS_PROFILE: '',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
  AWS_CONFIG_FILE: '/nonexistent',
  AWS_EC2_METADATA_DISABLED: 'true',
};

/**
 * The one-line `npx serverless package --stage prod …` command of README.md, as arguments: the
 * tests run exactly what a reader would, so the README cannot drift from a command that works.
 */
export async function readmePackageCommand(): Promise<string[]> {
  const readme = await readFile(join(WORKSPACE_ROOT, 'README.md'), 'utf8');
  const line = readme
    .split('\n')
    .find((text) => text.startsWith('npx serverless package --stage prod'));
  if (!line)
    throw new Error('README.md has no line starting "npx serverless package --stage prod"');
  const words = line.split('#')[0]?.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
  return words.map((word) => word.replace(/"/g, ''));
}

async function packageInto(dir: string): Promise<void> {
  const [, ...args] = await readmePackageCommand();
  const started = Date.now();
  await runCommand('npx', [...args, '--package', dir], NO_AWS_CREDENTIALS);
  await writeFile(join(dir, 'seconds.txt'), String((Date.now() - started) / 1000));
}

// Polls until one of `files` exists and resolves it. One loop for all of them: a loop left
// polling for a file that never comes (a failure marker, once the stack is packaged) would keep
// jest's process alive until its deadline.
async function firstToAppear(files: readonly string[], timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const file of files) if (await stat(file).catch(() => undefined)) return file;
    if (Date.now() > deadline) throw new Error(`none of ${files.join(', ')} appeared`);
    await sleep(500);
  }
}

/**
 * Packages the stack with README.md's command once per jest run (`serverless package` takes a
 * while): the first test file to ask packages it, the others read the same folder.
 *
 * @example
 * const { template } = await packagedStack();
 */
export async function packagedStack(): Promise<PackagedStack> {
  // Test files of one jest run share its id (tools/testing/src/summary-reporter.cjs sets it);
  // a new run gets a new folder.
  const run = process.env['FLEET_TEST_RUN'] ?? String(process.pid);
  const dir = join(WORKSPACE_ROOT, 'tmp', `stack-package-${run}`);
  const done = join(dir, 'seconds.txt');
  // A fresh checkout has no tmp/: make it, so creating the run's folder decides the owner.
  await mkdir(join(WORKSPACE_ROOT, 'tmp'), { recursive: true });
  const owner = await mkdir(dir, { recursive: false }).then(
    () => true,
    () => false,
  );
  if (owner) {
    await mkdir(join(dir, 'out'));
    await packageInto(join(dir, 'out')).catch(async (error: unknown) => {
      await writeFile(join(dir, 'failed.txt'), String(error));
      throw error;
    });
    await writeFile(done, await readFile(join(dir, 'out', 'seconds.txt')));
  } else {
    const failure = join(dir, 'failed.txt');
    if ((await firstToAppear([done, failure], 300_000)) === failure)
      throw new Error(
        `serverless package failed in another test file: ${await readFile(failure, 'utf8')}`,
      );
  }
  const out = join(dir, 'out');
  return {
    dir: out,
    template: JSON.parse(
      await readFile(join(out, 'cloudformation-template-update-stack.json'), 'utf8'),
    ) as Template,
    seconds: Number(await readFile(done, 'utf8')),
  };
}
