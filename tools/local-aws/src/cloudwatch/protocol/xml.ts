import type { Shape } from './shapes';

/** Escapes text for an XML element body. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function scalar(shape: Shape, value: unknown): string {
  if (shape.kind === 'timestamp')
    return (typeof value === 'number' ? new Date(value) : (value as Date)).toISOString();
  return escapeXml(String(value));
}

/**
 * Writes the members of a structure as query-protocol XML: lists as `<member>` items, maps as
 * `<entry><key/><value/></entry>`, timestamps in ISO 8601 — what the SDK's XML parser expects.
 */
export function toXml(shape: Shape, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (shape.kind) {
    case 'list':
      return (value as readonly unknown[])
        .map((item) => `<member>${toXml(shape.member, item)}</member>`)
        .join('');
    case 'map':
      return Object.entries(value as Record<string, unknown>)
        .map(
          ([key, item]) =>
            `<entry><key>${escapeXml(key)}</key><value>${toXml(shape.value, item)}</value></entry>`,
        )
        .join('');
    case 'structure': {
      const source = value as Record<string, unknown>;
      let out = '';
      for (const [name, member] of Object.entries(shape.members)) {
        const item = source[name];
        if (item === undefined || item === null) continue;
        out += `<${name}>${toXml(member, item)}</${name}>`;
      }
      return out;
    }
    default:
      return scalar(shape, value);
  }
}
