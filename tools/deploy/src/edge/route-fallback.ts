import { Script, createContext } from 'node:vm';
import { readEdgeFile } from './infra-file';

let compiled: { run: (uri: string) => string } | undefined;

function load(): { run: (uri: string) => string } {
  const context = createContext({});
  new Script(readEdgeFile('spa-fallback.js'), {
    filename: 'infra/edge/spa-fallback.js',
  }).runInContext(context);
  const handler = context['handler'] as (event: { request: { uri: string } }) => { uri: string };
  return { run: (uri) => handler({ request: { uri } }).uri };
}

/**
 * The URI CloudFront fetches from S3 for a viewer's path: runs the deployed CloudFront Function
 * (infra/edge/spa-fallback.js) itself, so the local fallback cannot differ from the real one.
 *
 * @example
 * routedUri('/instances/eu-west-1/i-0abc'); // '/index.html'
 * routedUri('/assets/index-Dx3k.js'); // '/assets/index-Dx3k.js'
 */
export function routedUri(uri: string): string {
  compiled ??= load();
  return compiled.run(uri);
}
