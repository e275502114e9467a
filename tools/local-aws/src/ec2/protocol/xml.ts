const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes element text. Quotes stay as they are, as in EC2's own messages (`The instance ID
 * 'i-…' does not exist`); the emulator writes no attributes that would need them escaped.
 */
export function escapeXml(text: string): string {
  // Most values (ids, states, dates) need nothing: skip the regex replace for them.
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => ESCAPES[c] as string) : text;
}

/** `<name>value</name>` with the value escaped; nothing when the value is undefined. */
export function el(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** An EC2 list: `<name><item>…</item>…</name>`, or `<name/>` when empty. */
export function itemSet(name: string, items: readonly string[]): string {
  if (items.length === 0) return `<${name}/>`;
  return `<${name}><item>${items.join('</item><item>')}</item></${name}>`;
}

/** EC2 timestamps: ISO 8601 in UTC with milliseconds (`2026-11-26T10:00:00.000Z`). */
export function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
