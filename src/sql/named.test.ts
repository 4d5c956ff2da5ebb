import { describe, expect, it } from 'vitest';
import { bindNamed, withNames } from './named';
import { constant, constantList, named, namedList, sql } from './sql';

describe('named parameters for the SQL explorer', () => {
  const q = sql`SELECT * FROM orgs, params
WHERE as_of <= ${named('as_of', '2021-12-31')} AND org_type IN ${namedList('org_types', ['municipality', 'ocmw'])}
  AND note <> '?' -- a ? in a comment
  AND gov_level IN ${namedList('org_types', ['municipality', 'ocmw'])} AND x = ${7}`;

  it('shows each parameter by its name and a list as one parameter', () => {
    const shown = withNames(q);
    expect(shown.text).toBe(`SELECT * FROM orgs, params
WHERE as_of <= $as_of AND org_type IN $org_types
  AND note <> '?' -- a ? in a comment
  AND gov_level IN $org_types AND x = $p1`);
    expect(shown.params).toEqual([
      { name: 'as_of', value: '2021-12-31' },
      { name: 'org_types', value: ['municipality', 'ocmw'] },
      { name: 'p1', value: 7 },
    ]);
  });

  it('binds the names back in their order, a list as (?, ?) and an empty list as (NULL)', () => {
    const shown = withNames(q);
    const bound = bindNamed(shown.text, shown.params);
    expect(bound.text).toBe(q.text);
    expect(bound.values).toEqual(q.params);
    expect(
      bindNamed("SELECT '$as_of', $as_of, $org_types, $unknown", [
        { name: 'as_of', value: '2020-01-01' },
        { name: 'org_types', value: [] },
      ]),
    ).toMatchObject({ text: "SELECT '$as_of', ?, (NULL), $unknown", values: ['2020-01-01'] });
  });

  it('writes only the model’s own keys and numbers as constants', () => {
    expect(constantList(['micro', 'small']).text).toBe("('micro', 'small')");
    expect(constant(3).text).toBe('3');
    expect(() => constant("x'; DROP TABLE calls; --")).toThrow();
  });

  it('maps a position in the bound text back to the text the user wrote', () => {
    const text = 'SELECT $org_types, $as_of, oops';
    const bound = bindNamed(text, [
      { name: 'org_types', value: ['a', 'b', 'c'] },
      { name: 'as_of', value: '2020-01-01' },
    ]);
    expect(bound.text).toBe('SELECT (?, ?, ?), ?, oops');
    expect(bound.toOriginal(bound.text.indexOf('oops'))).toBe(text.indexOf('oops'));
    expect(bound.toOriginal(bound.text.indexOf('?'))).toBe(text.indexOf('$org_types'));
    expect(bound.toOriginal(3)).toBe(3);
  });
});
