/** A value DuckDB receives as a bound parameter of a prepared statement. */
export type Param = string | number | boolean | null;

/**
 * SQL text with its parameters, in the order of the `?` placeholders. A parameter may carry a
 * name, so that the SQL explorer can show the statement with `$as_of` instead of a bare `?`;
 * the entries of a list parameter share their name, marked `name[]`.
 */
export class Sql {
  readonly names: readonly (string | null)[];

  constructor(
    readonly text: string,
    readonly params: readonly Param[] = [],
    names?: readonly (string | null)[],
  ) {
    this.names = names ?? params.map(() => null);
  }
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
  const names: (string | null)[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.params);
      names.push(...value.names);
    } else if (value instanceof Identifier) {
      text += value.quoted;
    } else {
      text += '?';
      params.push(value);
      names.push(null);
    }
    text += strings[i + 1] ?? '';
  });
  return new Sql(text, params, names);
}

/** SQL text written by the program itself, never by a user or a file. */
export function raw(text: string): Sql {
  return new Sql(text);
}

export function join(parts: readonly Sql[], separator: string): Sql {
  return new Sql(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
    parts.flatMap((p) => p.names),
  );
}

/** `(?, ?, ?)` for an IN list; an empty list yields `(NULL)`, which matches nothing. */
export function inList(values: readonly Param[]): Sql {
  if (values.length === 0) return raw('(NULL)');
  return new Sql(`(${values.map(() => '?').join(', ')})`, values);
}

const NAME = /^[a-z][a-z0-9_]*$/;

/** A parameter with a name: `$as_of` in the explorer, `?` for the engine. */
export function named(name: string, value: Param): Sql {
  if (!NAME.test(name)) throw new Error(`not a parameter name: ${name}`);
  return new Sql('?', [value], [name]);
}

/** A list parameter with a name: `$org_types` in the explorer, `(?, ?)` for the engine. */
export function namedList(name: string, values: readonly Param[]): Sql {
  if (!NAME.test(name)) throw new Error(`not a parameter name: ${name}`);
  if (values.length === 0) return raw('(NULL)');
  return new Sql(
    `(${values.map(() => '?').join(', ')})`,
    values,
    values.map(() => `${name}[]`),
  );
}

/**
 * A constant of the program's own model (`'municipality'`, `3`) written into the text: a code
 * the program chose, as a definition writes `decision = 'eligible'`, never a user's value.
 */
export function constant(value: string | number): Sql {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a constant: ${String(value)}`);
    return raw(String(value));
  }
  if (!NAME.test(value)) throw new Error(`not a model key: ${JSON.stringify(value)}`);
  return raw(`'${value}'`);
}

/** `('micro', 'small', 'medium')`: a list of the model's own keys written into the text. */
export function constantList(values: readonly string[]): Sql {
  if (values.length === 0) return raw('(NULL)');
  return raw(`(${values.map((v) => constant(v).text).join(', ')})`);
}

/** Double-quotes a name the program itself chose (table and column names of the model). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
