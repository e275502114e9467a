import type { AnnotationScalar } from './segment-document';
import type { TraceFacts } from './trace-summary';

/** A compiled filter expression. */
export type TraceFilter = (facts: TraceFacts) => boolean;

/** The expression is outside the subset the local X-Ray understands, or malformed. */
export class FilterExpressionError extends Error {}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'op'; text: string };

const TOKEN =
  /\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)\b|(&&|\|\||!=|<=|>=|[=<>!(),])|([A-Za-z_][A-Za-z0-9_.]*))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match)
      throw new FilterExpressionError(
        `Invalid filter expression near "${text.slice(at, at + 20)}"`,
      );
    if (match[1] !== undefined)
      tokens.push({ kind: 'string', text: JSON.parse(match[1]) as string });
    else if (match[2] !== undefined) tokens.push({ kind: 'number', value: Number(match[2]) });
    else if (match[3] !== undefined) tokens.push({ kind: 'op', text: match[3] });
    else tokens.push({ kind: 'word', text: match[4] as string });
  }
  return tokens;
}

type Comparator = (actual: AnnotationScalar, expected: AnnotationScalar) => boolean;

const COMPARATORS: Readonly<Record<string, Comparator>> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => typeof a === 'number' && typeof b === 'number' && a < b,
  '<=': (a, b) => typeof a === 'number' && typeof b === 'number' && a <= b,
  '>': (a, b) => typeof a === 'number' && typeof b === 'number' && a > b,
  '>=': (a, b) => typeof a === 'number' && typeof b === 'number' && a >= b,
  contains: (a, b) => typeof a === 'string' && typeof b === 'string' && a.includes(b),
  beginswith: (a, b) => typeof a === 'string' && typeof b === 'string' && a.startsWith(b),
  endswith: (a, b) => typeof a === 'string' && typeof b === 'string' && a.endsWith(b),
};

// Fields compared with an operator, and what each reads of a trace.
const FIELDS: Readonly<Record<string, (facts: TraceFacts) => AnnotationScalar[]>> = {
  responsetime: (facts) => [facts.responseTime],
  duration: (facts) => [facts.endTime - facts.startTime],
  'http.status': (facts) => (facts.http.status === undefined ? [] : [facts.http.status]),
  'http.url': (facts) => (facts.http.url ? [facts.http.url] : []),
  'http.method': (facts) => (facts.http.method ? [facts.http.method] : []),
  user: (facts) => [...facts.users],
};

// Keywords that stand alone (or compare with true/false).
const FLAGS: Readonly<Record<string, (facts: TraceFacts) => boolean>> = {
  ok: (facts) => !facts.hasError && !facts.hasFault && !facts.hasThrottle,
  error: (facts) => facts.hasError,
  fault: (facts) => facts.hasFault,
  throttle: (facts) => facts.hasThrottle,
  partial: () => false,
};

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): TraceFilter {
    const filter = this.or();
    if (this.position < this.tokens.length) this.fail('unexpected input');
    return filter;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position++];
    if (!token) this.fail('unexpected end');
    return token as Token;
  }

  private isWord(...words: string[]): boolean {
    const token = this.peek();
    return token?.kind === 'word' && words.includes(token.text.toLowerCase());
  }

  private isOp(...ops: string[]): boolean {
    const token = this.peek();
    return token?.kind === 'op' && ops.includes(token.text);
  }

  private fail(reason: string): never {
    throw new FilterExpressionError(`Invalid filter expression: ${reason}`);
  }

  private or(): TraceFilter {
    let left = this.and();
    while (this.isOp('||') || this.isWord('or')) {
      this.position++;
      const [a, b] = [left, this.and()];
      left = (facts) => a(facts) || b(facts);
    }
    return left;
  }

  private and(): TraceFilter {
    let left = this.unary();
    while (this.isOp('&&') || this.isWord('and')) {
      this.position++;
      const [a, b] = [left, this.unary()];
      left = (facts) => a(facts) && b(facts);
    }
    return left;
  }

  private unary(): TraceFilter {
    if (this.isOp('!') || this.isWord('not')) {
      this.position++;
      const inner = this.unary();
      return (facts) => !inner(facts);
    }
    if (this.isOp('(')) {
      this.position++;
      const inner = this.or();
      if (!this.isOp(')')) this.fail('missing )');
      this.position++;
      return inner;
    }
    return this.primary();
  }

  private value(): AnnotationScalar {
    const token = this.next();
    if (token.kind === 'string') return token.text;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'word' && ['true', 'false'].includes(token.text.toLowerCase()))
      return token.text.toLowerCase() === 'true';
    return this.fail('expected a value');
  }

  private comparator(): Comparator | undefined {
    const token = this.peek();
    const key =
      token?.kind === 'op' ? token.text : token?.kind === 'word' ? token.text.toLowerCase() : '';
    const comparator = COMPARATORS[key];
    if (comparator) this.position++;
    return comparator;
  }

  private primary(): TraceFilter {
    const token = this.next();
    if (token.kind !== 'word') return this.fail('expected a keyword');
    const word = token.text.toLowerCase();
    if (word === 'service') return this.service();
    const flag = FLAGS[word];
    if (flag) {
      const compare = this.comparator();
      if (!compare) return flag;
      const expected = this.value();
      return (facts) => compare(flag(facts), expected);
    }
    const read = word.startsWith('annotation.')
      ? (facts: TraceFacts): AnnotationScalar[] =>
          (facts.annotations.get(token.text.slice('annotation.'.length)) ?? []).map(
            (entry) => entry.value,
          )
      : FIELDS[word];
    if (!read) return this.fail(`unsupported keyword ${token.text}`);
    const compare = this.comparator();
    if (!compare) return this.fail(`${token.text} needs an operator`);
    const expected = this.value();
    return (facts) => read(facts).some((actual) => compare(actual, expected));
  }

  private service(): TraceFilter {
    if (!this.isOp('(')) this.fail('service needs (');
    this.position++;
    let name: string | undefined;
    if (!this.isOp(')')) {
      const token = this.next();
      if (token.kind !== 'string') this.fail('service() takes a quoted name');
      name = (token as { text: string }).text;
    }
    if (!this.isOp(')')) this.fail('missing ) after service(');
    this.position++;
    return (facts) => name === undefined || facts.services.some((service) => service.Name === name);
  }
}

/**
 * Compiles the subset of X-Ray filter expressions the product uses: `annotation.<key>`,
 * `service("name")`, `responsetime`, `duration`, `http.status|url|method`, `user`, the flags
 * `ok|error|fault|throttle`, comparisons `= != < <= > >= CONTAINS BEGINSWITH ENDSWITH`, combined
 * with `AND`/`OR`/`NOT` (`&&`, `||`, `!`) and parentheses. Anything else is refused.
 *
 * @example
 * const filter = compileFilterExpression('annotation.action = "stop" AND fault');
 */
export function compileFilterExpression(expression: string | undefined): TraceFilter {
  if (!expression || expression.trim() === '') return () => true;
  return new Parser(tokenize(expression)).parse();
}
