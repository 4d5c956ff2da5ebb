import { describe, expect, it } from 'vitest';
import { sql } from '../sql';
import { withBase } from './base';
import { NO_FILTERS } from './filters';

const ctes = (text: string): string[] =>
  [...text.matchAll(/(?:^|WITH )([a-z_]+) AS \(/gm)].map((m) => m[1] ?? '');

describe('a statement over the base relations', () => {
  it('names only the relations it reads and those they read, in their order', () => {
    const q = withBase(NO_FILTERS, sql`SELECT count(*) FROM acts`);
    expect(ctes(q.text)).toEqual(['params', 'acts']);
  });

  it('follows the chain from survey answers to the projects and applications they speak for', () => {
    const q = withBase(NO_FILTERS, sql`SELECT count(*) FROM ans`);
    expect(ctes(q.text)).toEqual([
      'params',
      'apps_all',
      'projects_all',
      'surveys_f',
      'resp',
      'ans',
    ]);
  });

  it('keeps the parameters of the relations it names, and only those', () => {
    const q = withBase(
      { ...NO_FILTERS, asOf: '2021-12-31', themes: ['care'], regions: ['abroad'] },
      sql`SELECT count(*) FROM projs`,
    );
    // `apps`, which filters the theme again, is not read by `projs`: its parameter is left out.
    expect(ctes(q.text)).toEqual(['params', 'apps_all', 'projects_all', 'projs']);
    expect(q.params).toEqual(['2021-12-31', 'care']);
    expect(q.text.split('?').length - 1).toBe(q.params.length);
  });

  it('leaves a statement that reads no base relation as it is', () => {
    expect(withBase(NO_FILTERS, sql`SELECT count(*) FROM calls`).text).toBe(
      'SELECT count(*) FROM calls',
    );
  });
});
