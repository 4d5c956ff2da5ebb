import { describe, expect, it } from 'vitest';
import {
  constant,
  constantList,
  Identifier,
  inList,
  join,
  named,
  namedList,
  raw,
  sql,
} from './sql';

describe('the sql tag', () => {
  it('sends every interpolated value as a parameter, never as text', () => {
    const hostile = "x'; DROP TABLE answers; --";
    const q = sql`SELECT * FROM answers WHERE value_text = ${hostile} AND value_num > ${3}`;
    expect(q.text).toBe('SELECT * FROM answers WHERE value_text = ? AND value_num > ?');
    expect(q.params).toEqual([hostile, 3]);
    expect(q.names).toEqual([null, null]);
  });

  it('inlines a nested fragment with its parameters in order', () => {
    const inner = sql`theme = ${'care'}`;
    const q = sql`SELECT ${1} WHERE ${inner} AND year = ${2020}`;
    expect(q.text).toBe('SELECT ? WHERE theme = ? AND year = ?');
    expect(q.params).toEqual([1, 'care', 2020]);
  });

  it('quotes only identifiers checked against an allow-list', () => {
    const table = Identifier.of('answers', ['answers', 'surveys']);
    expect(sql`SELECT * FROM ${table}`.text).toBe('SELECT * FROM "answers"');
    expect(() => Identifier.of('answers; DROP', ['answers'])).toThrow('Identifier not allowed');
  });

  it('joins fragments keeping every parameter, and writes an empty IN list that matches nothing', () => {
    const q = join([sql`a = ${1}`, sql`b = ${'x'}`, raw('c IS NULL')], ' AND ');
    expect(q.text).toBe('a = ? AND b = ? AND c IS NULL');
    expect(q.params).toEqual([1, 'x']);
    expect(inList(['a', 'b'])).toMatchObject({ text: '(?, ?)', params: ['a', 'b'] });
    expect(inList([]).text).toBe('(NULL)');
  });

  it('names parameters for the explorer and refuses a name that is not one', () => {
    const q = sql`WHERE as_of = ${named('as_of', '2021-12-31')} AND t IN ${namedList('themes', ['care', 'mobility'])}`;
    expect(q.text).toBe('WHERE as_of = ? AND t IN (?, ?)');
    expect(q.names).toEqual(['as_of', 'themes[]', 'themes[]']);
    expect(() => named('as-of', 1)).toThrow('not a parameter name');
    expect(namedList('themes', []).text).toBe('(NULL)');
  });

  it('writes into the text only the model’s own keys and finite numbers', () => {
    expect(constant('municipality').text).toBe("'municipality'");
    expect(constant(3).text).toBe('3');
    expect(constantList(['micro', 'small']).text).toBe("('micro', 'small')");
    expect(() => constant("it's")).toThrow('not a model key');
    expect(() => constant(Number.NaN)).toThrow('not a constant');
  });
});
