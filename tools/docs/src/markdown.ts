/**
 * A markdown table; `|` inside a cell is escaped, line breaks become spaces.
 *
 * @example
 * table(['a', 'b'], [['1', '2']]); // '| a | b |\n| --- | --- |\n| 1 | 2 |'
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `code` spans for each item, comma-separated; `—` when there are none. */
export function codeList(items: readonly string[]): string {
  return items.length ? items.map((item) => `\`${item}\``).join(', ') : '—';
}

const START = (name: string): string =>
  `<!-- generated:${name} (npm run docs; do not edit by hand) -->`;
const END = (name: string): string => `<!-- /generated:${name} -->`;

/**
 * Replaces what stands between a block's markers with `content`; throws if the markers are missing,
 * so a renamed heading cannot silently drop a table.
 *
 * @example
 * replaceBlock('a\n<!-- generated:x (…) -->\nold\n<!-- /generated:x -->', 'x', 'new');
 */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = text.indexOf(START(name));
  const end = text.indexOf(END(name));
  if (start < 0 || end < start) {
    throw new Error(`no block "${name}": add the lines ${START(name)} and ${END(name)}`);
  }
  return `${text.slice(0, start)}${START(name)}\n\n${content.trim()}\n\n${text.slice(end)}`;
}
