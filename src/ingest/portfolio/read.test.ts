import { describe, expect, it } from 'vitest';
import { tableDef } from '../../model';
import { encodeText, workbookXlsx } from '../survey/testing/exports';
import { matchCode, suggestCodes } from './codes';
import { readPortfolioFile, templateCsv } from './read';

const calls = tableDef('calls');
const orgs = tableDef('organisations');
const euParticipations = tableDef('eu_participations');

const utf8 = (text: string) => encodeText(text, 'utf-8');

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
    expect(r).toMatchObject({ ok: true, rows: 2, issues: [] });
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
      'ORG-2,Stad Brugge,bestuur,local,west_vlaanderen\n' +
      'ORG-1,Dubbel,municipality,local,antwerpen\n';
    const r = await readPortfolioFile(orgs, utf8(text), 'organisaties.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // Line 4: "bestuur" is no organisation type; line 5 repeats the key of line 2.
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.value, i.detail])).toEqual([
      ['not_in_enum', 4, 'org_type', 'bestuur', expect.any(String)],
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
      utf8('call_id,year,theme\nCALL-1,2025,all\n'),
      'oproepen.csv',
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues.map((i) => [i.code, i.column])).toEqual([
        ['missing_column', 'call_type'],
        ['missing_column', 'deadline'],
      ]);
    }
  });
});

describe('codes written as people write them', () => {
  it('reads provinces, types and levels as the UI names them, once per column with counts', async () => {
    // Typed as a programme officer keeps the list in Excel: display names, capitals, hyphens.
    const text =
      'org_id;name;org_type;gov_level;province\r\n' +
      'ORG-1;Stad Gent;Gemeente;Lokaal;Oost-Vlaanderen\r\n' +
      'ORG-2;Provincie Limburg;Provincie;Provinciaal;Limburg\r\n' +
      'ORG-3;Stad Leuven;stad;LOKAAL;vlaams brabant\r\n' +
      'ORG-4;Agentschap Innoveren & Ondernemen;Vlaams agentschap;Vlaams;Brussel\r\n' +
      'ORG-5;OCMW Brugge;OCMW;lokaal;West_Vlaanderen\r\n';
    const r = await readPortfolioFile(orgs, encodeText(text, 'windows-1252'), 'org.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n').slice(1, 6)).toEqual([
      'ORG-1,Stad Gent,municipality,local,oost_vlaanderen',
      'ORG-2,Provincie Limburg,province,provincial,limburg',
      'ORG-3,Stad Leuven,municipality,local,vlaams_brabant',
      'ORG-4,Agentschap Innoveren & Ondernemen,flemish_agency,flemish,brussels',
      'ORG-5,OCMW Brugge,ocmw,local,west_vlaanderen',
    ]);
    expect(r.issues.map((i) => [i.severity, i.code, i.column, i.line])).toEqual([
      ['warning', 'value_normalised', 'org_type', 2],
      ['warning', 'value_normalised', 'gov_level', 2],
      ['warning', 'value_normalised', 'province', 2],
    ]);
    expect(r.issues[1]?.value).toBe(
      '“Lokaal” → local (1×), “Provinciaal” → provincial (1×), “LOKAAL” → local (1×), ' +
        '“Vlaams” → flemish (1×), “lokaal” → local (1×)',
    );
  });

  it('suggests the closest allowed values for a value that names none', async () => {
    const r = await readPortfolioFile(
      orgs,
      utf8(
        'org_id,name,org_type,gov_level,province\n' +
          'ORG-1,Gent,municipality,local,Oost-Vlaandren\n' +
          'ORG-2,Aalst,municipality,local,Oost-Vlaandren\n',
      ),
      'org.csv',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.suggestion?.split(', ')[0]])).toEqual([
      ['not_in_enum', 2, 'province', 'oost_vlaanderen'],
      ['not_in_enum', 3, 'province', 'oost_vlaanderen'],
    ]);
  });

  it.each([
    ['KMO', ['micro', 'small', 'medium']],
    ['sme', ['micro', 'small', 'medium']],
    ['Middelgrote', ['medium']],
    ['larg', ['large']],
  ])('suggests for the company size %s: %j', (written, expected) => {
    expect(
      suggestCodes(['micro', 'small', 'medium', 'large'], written).slice(0, expected.length),
    ).toEqual(expected);
  });

  it('suggests nothing when every allowed value is far from what was written', () => {
    expect(suggestCodes(['antwerpen', 'limburg', 'oost_vlaanderen'], 'Henegouwen')).toEqual([]);
    expect(suggestCodes(['completed', 'stopped', 'running'], 'afgewerkt')).toEqual(['completed']);
  });

  it.each([
    ['oost_vlaanderen', 'oost_vlaanderen'],
    ['Oost-Vlaanderen', 'oost_vlaanderen'],
    ['OOST VLAANDEREN', 'oost_vlaanderen'],
    ['O-Vl', 'oost_vlaanderen'],
    ['East Flanders', 'oost_vlaanderen'],
    ['Brussels Hoofdstedelijk Gewest', 'brussels'],
    ['Oost', null],
  ])('reads the province %s as %s', (written, expected) => {
    expect(
      matchCode(
        [
          'antwerpen',
          'limburg',
          'oost_vlaanderen',
          'vlaams_brabant',
          'west_vlaanderen',
          'brussels',
        ],
        written,
      ),
    ).toBe(expected);
  });
});

describe('columns as people write them', () => {
  it('loads a file without an optional column, naming the column left out', async () => {
    const r = await readPortfolioFile(
      euParticipations,
      utf8('eu_project_id,org_id,role,pio_supported\nEU-1,ORG-1,procurer,ja\n'),
      'eu_participations.csv',
    );
    expect(r).toMatchObject({ ok: true, absent: ['eu_contribution_eur'], issues: [] });
    if (r.ok) {
      expect(r.text).toBe('eu_project_id,org_id,role,pio_supported\nEU-1,ORG-1,procurer,true\n');
    }
  });

  it('finds columns by their name in any case or spacing, and ignores unknown ones with a warning', async () => {
    const r = await readPortfolioFile(
      calls,
      utf8(
        'Call ID,Year,Call-Type,THEME,Deadline,Budget EUR,Opmerking\n' +
          'CALL-1,2025,open,all,2025-03-27,10,zie mail\n',
      ),
      'calls.csv',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n')[0]).toBe('call_id,year,call_type,theme,deadline,budget_eur');
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['unknown_column_ignored', 1, 'Opmerking'],
    ]);
  });

  it('says in one message that a header was garbled by the encoding', async () => {
    // A UTF-8 export opened as Windows-1252 and saved again: "é" became "Ã©".
    const r = await readPortfolioFile(
      orgs,
      utf8('org_id,naÃ¯ve name,org_tÃ©pe\nORG-1,x,y\n'),
      'org.csv',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.line])).toEqual([['header_encoding', 1]]);
  });

  it('says in one message that the names are held apart by another separator', async () => {
    const r = await readPortfolioFile(
      calls,
      utf8('call_id|year|call_type|theme|deadline\nCALL-1|2025|open|all|2025-03-27\n'),
      'calls.csv',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.line, i.value])).toEqual([
        ['header_separator', 1, '|'],
      ]);
    }
  });
});
