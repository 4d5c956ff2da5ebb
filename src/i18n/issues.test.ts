import { describe, expect, it } from 'vitest';
import { groupIssues, groupLocation, issueLines, issueMessage, type IssueLike } from './issues';

const label = (line: number, value: string): IssueLike => ({
  severity: 'error',
  code: 'unknown_label',
  file: 'kopers.csv',
  line,
  column: 'Q5',
  value,
  detail: 'Q5',
});

const warning = (line: number, value: string): IssueLike => ({
  severity: 'warning',
  code: 'unknown_project',
  file: 'kopers.csv',
  line,
  column: 'PROJ',
  value,
});

describe('a problem list people can act on', () => {
  // 244 rows with three unmapped labels, and 45 harmless warnings, as in a real round.
  const issues: IssueLike[] = [
    ...Array.from({ length: 200 }, (_, i) => label(2 + i, 'Eerder tevreden')),
    ...Array.from({ length: 40 }, (_, i) => label(300 + i, 'Eerder ontevreden')),
    ...Array.from({ length: 4 }, (_, i) => label(400 + i, 'Geen idee meer')),
    ...Array.from({ length: 45 }, (_, i) => warning(2 + i, `PIO-2019-0${String(i)}`)),
  ];

  it('shows a problem whose code has no text in this build as its code, value and detail', () => {
    const issue: IssueLike = {
      code: 'from_a_newer_build',
      file: 'a.csv',
      line: 2,
      column: null,
      value: 'x',
      detail: 'why',
    };
    expect(issueMessage('nl', issue)).toBe('from_a_newer_build: x: why');
  });

  it('says each kind of problem once per file, column and value, with its count, errors first', () => {
    const groups = groupIssues([...issues].reverse());
    expect(
      groups.filter((g) => g.severity === 'error').map((g) => [g.issue.value, g.count]),
    ).toEqual([
      ['Geen idee meer', 4],
      ['Eerder ontevreden', 40],
      ['Eerder tevreden', 200],
    ]);
    expect(groups.filter((g) => g.severity === 'warning')).toHaveLength(45);
    expect(groups.findIndex((g) => g.severity === 'warning')).toBe(3);
  });

  it('names the first lines of a group and how many more there are, or all of them on request', () => {
    const group = groupIssues(issues.slice(200, 240))[0];
    if (!group) throw new Error('no group');
    expect(groupLocation('nl', group)).toBe(
      'kopers.csv, kolom Q5, regels 300, 301, 302, 303, 304 en 35 meer',
    );
    expect(groupLocation('en', group, true)).toContain('lines 300, 301');
    expect(groupLocation('en', group, true)).toContain('338, 339');
  });

  it('prints errors apart from warnings, each group on one line in the UI language', () => {
    const lines = issueLines('nl', issues);
    expect(lines[0]).toBe('Fouten (3):');
    expect(lines[1]).toBe(
      '  kopers.csv, kolom Q5, regels 2, 3, 4, 5, 6 en 195 meer: Antwoord “Eerder tevreden” is onbekend voor Q5: voeg het toe aan de koppeling. (200 keer)',
    );
    expect(lines[4]).toBe('Waarschuwingen (45):');
    expect(lines).toHaveLength(3 + 45 + 2);
  });
});
