import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One step of the kit's Middy chain, in the order `defineHttpFunction` registers it. */
export interface ChainStep {
  readonly middleware: string;
  readonly from: string;
  readonly does: string;
}

export const KIT_CHAIN_FILE = 'libs/lambda/kit/src/lib/define-http-function.ts';

// What the packages' own middlewares do here; the kit's own are described by their TSDoc.
const PACKAGE_MIDDLEWARES: Readonly<Record<string, string>> = {
  captureLambdaHandler:
    'Powertools Tracer: one X-Ray segment per invocation, AWS calls as subsegments (`instrumentAwsClient`).',
  injectLambdaContext:
    'Powertools Logger: cold start and function name on every line; keys reset after each invocation.',
  httpHeaderNormalizer: 'Header names in lower case, whatever the client sent.',
  httpSecurityHeaders: 'Security headers on every answer, errors included.',
  httpCors: 'CORS for the stage’s allowed origins; exposes `Retry-After`.',
  httpJsonBodyParser: 'Parses a JSON body; a GET passes untouched; malformed JSON answers 415.',
};

/**
 * The kit's Middy chain read from its code: every `.use(…)` of `defineHttpFunction`, first to
 * last, with what each does (the kit's TSDoc, or a line per package middleware).
 *
 * @example
 * readMiddyChain(root)[0]?.middleware; // 'captureLambdaHandler'
 */
export function readMiddyChain(root: string): ChainStep[] {
  const file = join(root, KIT_CHAIN_FILE);
  const source = readFileSync(file, 'utf8');
  const imports = importsOf(source);
  return [...source.matchAll(/\.use\(\s*(?:([A-Za-z_$][\w$]*)\(|\[)/g)].map(([, name]) => {
    if (!name) {
      return {
        middleware: 'spec.middlewares',
        from: 'the function',
        does: 'Innermost: they run only for a caller who may call the route, with valid input.',
      };
    }
    const from = imports.get(name) ?? '';
    const does = from.startsWith('.')
      ? tsdocOf(join(dirname(file), `${from}.ts`), name)
      : PACKAGE_MIDDLEWARES[name];
    return {
      middleware: name,
      from: from.startsWith('.') ? 'the kit' : `\`${from}\``,
      does: does ?? '',
    };
  });
}

function importsOf(source: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, clause = '', from = ''] of source.matchAll(
    /import\s+([^;]+?)\s+from\s+'([^']+)'/g,
  )) {
    for (const name of clause.replace(/[{}]/g, ',').split(',')) {
      const local = name
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^type\s+/, '');
      if (local) names.set(local, from);
    }
  }
  return names;
}

function tsdocOf(file: string, name: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`).exec(
    readFileSync(file, 'utf8'),
  );
  const lines = (match?.[1] ?? '').split('\n').map((line) => line.replace(/^\s*\*\s?/, '').trim());
  const summary = lines.slice(0, lines.findIndex((line) => line.startsWith('@')) >>> 0);
  return summary.filter(Boolean).join(' ') || undefined;
}
