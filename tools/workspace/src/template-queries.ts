import { runInNewContext } from 'node:vm';
import type { Template } from './packaged-stack';

type Resource = Template['Resources'][string];

/** The one resource of a type; fails clearly when there are none or several. */
export function onlyOfType(template: Template, type: string): [string, Resource] {
  const found = Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as [string, Resource];
}

/** Every resource of a type, by logical id. */
export function allOfType(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/** Runs a CloudFront Function's code on a viewer request for `uri`; resolves the URI it forwards. */
export function runViewerRequest(code: string, uri: string): string {
  const sandbox: { result?: { uri: string } } = {};
  runInNewContext(
    `${code}\nresult = handler({ request: { uri: ${JSON.stringify(uri)} } });`,
    sandbox,
  );
  if (!sandbox.result) throw new Error('the function returned nothing');
  return sandbox.result.uri;
}

/** Reads a `Fn::Equals`/`Fn::Not` condition whose operands serverless already resolved. */
export function evaluateCondition(condition: unknown): boolean {
  const node = condition as Record<string, unknown[]>;
  if (node['Fn::Not']) return !evaluateCondition(node['Fn::Not'][0]);
  if (node['Fn::Equals']) return node['Fn::Equals'][0] === node['Fn::Equals'][1];
  throw new Error(`unsupported condition ${JSON.stringify(condition)}`);
}
