/** A value DuckDB receives as a bound parameter of a prepared statement. */
export type Param = string | number | boolean | null;

/** SQL text with its parameters, in the order of the `?` placeholders. */
export class Sql {
  constructor(
    readonly text: string,
    readonly params: readonly Param[] = [],
  ) {}
}

/** An identifier that has been checked against an allow-list and will be double-quoted. */
export class Identifier {
  private constructor(readonly name: string) {}

  static of(name: string, allowed: Iterable<string>): Identifier {
    for (const candidate of allowed) {
      if (candidate === name) return new Identifier(name);
    }
    throw new Error(`Identifier not allowed: ${JSON.stringify(name)}`);
  }

  get quoted(): string {
    return `"${this.name.replaceAll('"', '""')}"`;
  }
}

export type Interpolation = Sql | Identifier | Param;

/**
 * Tagged template that turns every interpolated value into a `?` parameter, inlines nested
 * `Sql` fragments with their parameters, and quotes checked identifiers.
 */
export function sql(strings: TemplateStringsArray, ...values: Interpolation[]): Sql {
  let text = strings[0] ?? '';
  const params: Param[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.params);
    } else if (value instanceof Identifier) {
      text += value.quoted;
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return new Sql(text, params);
}

/** SQL text written by the program itself, never by a user or a file. */
export function raw(text: string): Sql {
  return new Sql(text);
}

export function join(parts: readonly Sql[], separator: string): Sql {
  const params: Param[] = [];
  const texts: string[] = [];
  for (const part of parts) {
    texts.push(part.text);
    params.push(...part.params);
  }
  return new Sql(texts.join(separator), params);
}

/** `(?, ?, ?)` for an IN list; an empty list yields `(NULL)`, which matches nothing. */
export function inList(values: readonly Param[]): Sql {
  if (values.length === 0) return raw('(NULL)');
  return new Sql(`(${values.map(() => '?').join(', ')})`, values);
}

/** Double-quotes a name the program itself chose (table and column names of the model). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
