// Lint rule: the dashboard's features meet each other (and the app meets them) only through
// their public entry points, the files at a feature's root (index.ts, or a lazily loaded page's
// own entry). A file in a feature's sub-folder (components/, api/, utils/, …) is its own business.
import { dirname, relative, resolve, sep } from 'node:path';

/** @type {import('eslint').Rule.RuleModule} */
export const featurePublicIndex = {
  meta: {
    type: 'problem',
    docs: { description: 'import another web feature only through its public entry point' },
    schema: [
      {
        type: 'object',
        properties: { featuresDir: { type: 'string' } },
        required: ['featuresDir'],
      },
    ],
    messages: {
      internal:
        "'{{source}}' reaches into the {{feature}} feature's internals: import it from 'features/{{feature}}' (its index.ts), and export what is needed there.",
    },
  },
  create(context) {
    const featuresDir = resolve(context.cwd, context.options[0].featuresDir);
    const featureOf = (path) => {
      const inside = relative(featuresDir, path);
      if (inside.startsWith('..') || inside === '') return undefined;
      const [feature, ...rest] = inside.split(sep);
      return { feature, depth: rest.length };
    };
    const from = featureOf(context.filename);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(resolve(dirname(context.filename), source));
      // A feature's own files, and any feature's root files, are fair to import.
      if (!target || target.depth <= 1 || target.feature === from?.feature) return;
      context.report({ node, messageId: 'internal', data: { source, feature: target.feature } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) =>
        check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};
