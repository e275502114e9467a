/** One `Filter.N` of an EC2 request. */
export interface Ec2Filter {
  readonly name: string;
  readonly values: readonly string[];
}

/**
 * The decoded form body of an ec2Query request. EC2 flattens lists as `Name.1`, `Name.2`… and
 * structures as `Name.1.Key`; these helpers fold them back.
 */
export class QueryParams {
  private readonly values = new Map<string, string>();

  constructor(body: string) {
    for (const [key, value] of new URLSearchParams(body)) this.values.set(key, value);
  }

  get(name: string): string | undefined {
    return this.values.get(name);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** `true` for "true" (any case), as the SDK sends booleans. */
  flag(name: string): boolean {
    return this.values.get(name)?.toLowerCase() === 'true';
  }

  /** `Prefix.1`, `Prefix.2`… in index order (gaps allowed, as EC2 tolerates them). */
  list(prefix: string): string[] {
    return this.indexed(prefix, '').map(([, value]) => value);
  }

  /** Structures `Prefix.N.<field>` as one record per N, in index order. */
  structs(prefix: string): Map<string, string>[] {
    const byIndex = new Map<number, Map<string, string>>();
    const start = `${prefix}.`;
    for (const [key, value] of this.values) {
      if (!key.startsWith(start)) continue;
      const rest = key.slice(start.length);
      const dot = rest.indexOf('.');
      if (dot < 0) continue;
      const index = Number(rest.slice(0, dot));
      if (!Number.isInteger(index)) continue;
      let fields = byIndex.get(index);
      if (!fields) byIndex.set(index, (fields = new Map()));
      fields.set(rest.slice(dot + 1), value);
    }
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, fields]) => fields);
  }

  /** `Filter.N.Name` with its `Filter.N.Value.M` values. */
  filters(): Ec2Filter[] {
    return this.structs('Filter').map((fields) => {
      const values: [number, string][] = [];
      for (const [key, value] of fields) {
        const match = /^Value\.(\d+)$/.exec(key);
        if (match) values.push([Number(match[1]), value]);
      }
      values.sort((a, b) => a[0] - b[0]);
      return { name: fields.get('Name') ?? '', values: values.map(([, value]) => value) };
    });
  }

  private indexed(prefix: string, suffix: string): [number, string][] {
    const found: [number, string][] = [];
    const start = `${prefix}.`;
    for (const [key, value] of this.values) {
      if (!key.startsWith(start) || !key.endsWith(suffix)) continue;
      const index = Number(key.slice(start.length, key.length - suffix.length));
      if (Number.isInteger(index)) found.push([index, value]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  }
}
