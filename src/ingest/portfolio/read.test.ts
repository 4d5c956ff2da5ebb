import { describe, expect, it } from 'vitest';
import { tableDef } from '../model';
import { readPortfolioFile, templateCsv } from './portfolio';
import { encodeText, workbookXlsx } from './survey/testing/exports';

const calls = tableDef('calls');
const orgs = tableDef('organisations');

describe('replacing a portfolio table from a file', () => {
  it('offers the canonical header as a template', () => {
    expect(templateCsv(calls)).toBe('call_id,year,call_type,theme,deadline,budget_eur\n');
  });

  it('reads Belgian Excel: semicolons, Windows-1252, decimal commas, thousands dots, dd/mm/yyyy', async () => {
    const text =
      'call_id;year;call_type;theme;deadline;budget_eur\r\n' +
      'CALL-2025-OPEN-1;2025;open;all;27/03/2025;2.500.000,00\r\n' +
      'CALL-2025-THEM-1;2025;thematic;"zorg – “thuis”";15/10/2025;750.000,50\r\n';
    const r = await readPortfolioFile(calls, encodeText(text, 'windows-1252'), 'oproepen.csv');
    expect(r).toMatchObject({ ok: true, rows: 2 });
    if (!r.ok) return;
    expect(r.text).toBe(
      'call_id,year,call_type,theme,deadline,budget_eur\n' +
        'CALL-2025-OPEN-1,2025,open,all,2025-03-27,2500000\n' +
        'CALL-2025-THEM-1,2025,thematic,zorg – “thuis”,2025-10-15,750000.5\n',
    );
  });

  it('names each bad cell by the line of the file, past a quoted line break', async () => {
    const text =
      'org_id,name,org_type,gov_level,province\n' +
      'ORG-1,"Stad\nGent",municipality,local,oost_vlaanderen\n' +
      'ORG-2,Stad Brugge,city,local,west_vlaanderen\n' +
      'ORG-1,Dubbel,municipality,local,antwerpen\n';
    const r = await readPortfolioFile(orgs, encodeText(text, 'utf-8'), 'organisaties.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // Line 4: "city" is no organisation type; line 5 repeats the key of line 2.
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.value, i.detail])).toEqual([
      ['not_in_enum', 4, 'org_type', 'city', expect.any(String)],
      ['duplicate_key', 5, 'org_id', 'ORG-1', '2'],
    ]);
  });

  it('reads a workbook and says which required column is missing', async () => {
    const ok = await readPortfolioFile(
      calls,
      await workbookXlsx([
        ['call_id', 'year', 'call_type', 'theme', 'deadline', 'budget_eur'],
        ['CALL-2025-OPEN-1', 2025, 'open', 'all', new Date(Date.UTC(2025, 2, 27)), 2500000],
      ]),
      'oproepen.xlsx',
    );
    expect(ok).toMatchObject({ ok: true, rows: 1 });
    if (ok.ok)
      expect(ok.text.split('\n')[1]).toBe('CALL-2025-OPEN-1,2025,open,all,2025-03-27,2500000');

    const missing = await readPortfolioFile(
      calls,
      encodeText('call_id,year,theme\nCALL-1,2025,all\n', 'utf-8'),
      'oproepen.csv',
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues.map((i) => [i.code, i.column])).toContainEqual([
        'missing_column',
        'call_type',
      ]);
    }
  });
});
