import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { isMessageKey, MESSAGES, messageArguments, translate } from './messages';

const KEYS = Object.keys(MESSAGES.nl).filter(isMessageKey);

describe('messages in ICU MessageFormat', () => {
  it.each(['nl', 'en'] as const)('every %s message is valid ICU MessageFormat', (lang) => {
    for (const key of KEYS) {
      expect(
        () => new IntlMessageFormat(MESSAGES[lang][key], lang, undefined, { ignoreTag: true }),
        key,
      ).not.toThrow();
    }
  });

  it('names the same arguments in Dutch and English', () => {
    for (const key of KEYS) {
      expect([...messageArguments(MESSAGES.en[key])].sort(), key).toEqual(
        [...messageArguments(MESSAGES.nl[key])].sort(),
      );
    }
  });

  it.each([
    ['nl', 1, '1 rij'],
    ['nl', 3571, '3.571 rijen'],
    ['en', 1, '1 row'],
    ['en', 3571, '3,571 rows'],
  ] as const)('counts rows in %s: %d is “%s”', (lang, n, expected) => {
    expect(translate(lang, 'data.rowCount', { n })).toBe(expected);
  });

  it('says errors and places in the singular and the plural', () => {
    expect(translate('nl', 'issue.summary', { n: 1, cells: 244 })).toBe(
      'Er werd niets geladen: 1 fout te verbeteren, op 244 plaatsen.',
    );
    expect(translate('en', 'issue.summary', { n: 3, cells: 1 })).toBe(
      'Nothing was loaded: 3 errors to fix, in 1 place.',
    );
    expect(translate('en', 'issue.times', { n: 1 })).toBe('once');
  });

  it('keeps text that looks like a tag or JSON as written', () => {
    expect(translate('en', 'problem.surveyObject')).toBe(
      'survey must be an object: { "year": 2024, … }.',
    );
  });

  it('gives an argument no value was given for back by its name', () => {
    expect(translate('nl', 'data.source', {})).toBe('Bron: {source}');
  });
});
