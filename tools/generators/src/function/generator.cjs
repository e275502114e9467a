// @ts-check
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

/**
 * serverless.yml with the function's file listed after the last function already listed, so the
 * sections that follow `functions:` (resources, …) stay where they are.
 *
 * @param {string} yml
 * @param {string} name
 */
function withFunctionListed(yml, name) {
  const lines = yml.split('\n');
  const listed = (/** @type {string} */ line) =>
    /^\s+- \$\{file\(apps\/functions\/.+\/function\.yml\)\}\s*$/.test(line);
  const last = lines.map(listed).lastIndexOf(true);
  if (last < 0) throw new Error('serverless.yml lists no function file to add this one after');
  lines.splice(last + 1, 0, `  - \${file(apps/functions/${name}/function.yml)}`);
  return lines.join('\n');
}

/**
 * `npx nx g @fleet/generators:function <name> --method=get --path=instances/{region}/{id}`:
 * a new function exactly like the existing ones — its own Nx project (build, test, typecheck,
 * lint, deploy), a handler built with the Lambda kit, an integration test over HTTP, its
 * function.yml (events, least-privilege role) and its line in serverless.yml.
 *
 * With `--kind=action --action=<action>` it makes an instance action instead: a handler that is
 * one `defineInstanceAction` call (audit, denied record, Idempotency-Key), a test over the shared
 * action fixture, and a role with the audit and idempotency tables plus `ec2:<Ec2Action>`.
 *
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ name: string; method?: string; path: string; scope: string; description: string; permission?: string; kind?: string; action?: string; ec2Action?: string }} options
 */
async function functionGenerator(tree, options) {
  const root = joinPathFragments('apps/functions', options.name);
  if (tree.exists(root)) throw new Error(`${root} already exists`);
  const path = options.path.replace(/^\/+/, '');
  const pathParameters = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

  const action = options.kind === 'action';
  if (action && !options.action) throw new Error('--kind=action needs --action (e.g. reboot)');
  const method = action ? 'post' : (options.method ?? 'get');
  const substitutions = {
    ...options,
    permission: options.permission ?? 'instances:read',
    path,
    pathParameters,
    method: method.toUpperCase(),
    methodLower: method.toLowerCase(),
    functionName: names(options.name).propertyName,
    description: options.description || `${method.toUpperCase()} /${path}`,
    ec2Action: options.ec2Action ?? `${names(options.action ?? '').className}Instances`,
    template: '',
  };
  generateFiles(tree, joinPathFragments(__dirname, 'files'), root, substitutions);
  // An action function: the same project, but its handler is one defineInstanceAction call, its
  // test drives the shared action fixture, and its role holds what every action needs.
  if (action)
    generateFiles(tree, joinPathFragments(__dirname, 'action-files'), root, substitutions);

  const serverlessYml = tree.read('serverless.yml', 'utf-8');
  if (!serverlessYml) throw new Error('serverless.yml not found at the workspace root');
  tree.write('serverless.yml', withFunctionListed(serverlessYml, options.name));

  await formatFiles(tree);
  return () => {
    console.log(
      `\nCreated ${root}. Next: npm install (links the new workspace package), then fill in src/handler.ts.`,
    );
  };
}

module.exports = functionGenerator;
module.exports.default = functionGenerator;
