// Lint rule: an action handler (a handler built on the action kit, `@fleet/actions-function`) is
// one `defineInstanceAction({ … })` call: the kit holds the wiring, the domain holds the rules, so
// the file stays within `max` lines. Every handler is held to 40 lines by `max-lines`; those of
// the action kit to this tighter limit, whether the generator wrote them or a person did.

/** @type {import('eslint').Rule.RuleModule} */
export const actionHandlerLines = {
  meta: {
    type: 'suggestion',
    docs: { description: 'keep a handler built on the action kit to a few lines' },
    schema: [
      {
        type: 'object',
        properties: { kit: { type: 'string' }, max: { type: 'integer', minimum: 1 } },
        required: ['kit', 'max'],
      },
    ],
    messages: {
      tooLong:
        "An action handler is one defineInstanceAction call: this one has {{lines}} lines, at most {{max}}. Move rules to the action's domain lib and wiring to '{{kit}}'.",
    },
  },
  create(context) {
    const { kit, max } = context.options[0];
    let usesKit = false;
    return {
      ImportDeclaration(node) {
        if (node.source.value === kit) usesKit = true;
      },
      'Program:exit'(node) {
        const lines = context.sourceCode.lines;
        // A final newline ends the last line; it does not start another.
        const count = lines.at(-1) === '' ? lines.length - 1 : lines.length;
        if (usesKit && count > max)
          context.report({ node, messageId: 'tooLong', data: { lines: count, max, kit } });
      },
    };
  },
};
