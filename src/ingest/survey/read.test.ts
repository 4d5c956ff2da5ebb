import { describe, expect, it } from 'vitest';
import type { ImportIssue, IssueCode } from '../issues';
import { MAX_IMPORT_BYTES } from './decode';
import { detectTool } from './detect';
import { readExport, sizeIssue, type ReadOptions } from './read';
import {
  belgianExcelCsv,
  encodeText,
  euSurveyXlsx,
  googleFormsCsv,
  limeSurveyCsv,
  msFormsXlsx,
  qualtricsCsv,
  workbookXlsx,
} from './testing/exports';
import type { Encoding, ParsedFile, Separator, Tool } from './types';

type Bytes = () => Uint8Array | Promise<Uint8Array>;

const utf8 =
  (text: string): Bytes =>
  () =>
    encodeText(text, 'utf-8');

interface Accepted {
  readonly name: string;
  readonly fileName: string;
  readonly bytes: Bytes;
  readonly tool: Tool;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: Encoding | null;
  readonly separator: Separator | null;
  readonly decimal: ',' | '.';
  readonly headerLines: readonly number[];
  /** Every column key, in order; left out where the case is about something else. */
  readonly keys?: readonly string[];
  /** Column key → Column.text. */
  readonly texts?: Readonly<Record<string, string | null>>;
  readonly rowLines: readonly number[];
  /** [line, column key, cell text] */
  readonly cells?: readonly (readonly [number, string, string])[];
}

const LIME_CODE_KEYS = [
  'id',
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'PROJ',
  'TEVR',
  'NPS',
  'COACH',
  'ADDIT',
  'DIENST[SQ001]',
  'DIENST[SQ002]',
  'DIENST[SQ003]',
  'DIENST[SQ004]',
  'DIENST[SQ005]',
  'DIENST[SQ006]',
  'OPM',
];

const QUALTRICS_KEYS = [
  'StartDate',
  'EndDate',
  'Status',
  'IPAddress',
  'Progress',
  'Duration (in seconds)',
  'Finished',
  'RecordedDate',
  'ResponseId',
  'DistributionChannel',
  'UserLanguage',
  'Q1',
  'Q2',
  'Q3',
  'Q3_NPS_GROUP',
  'Q4',
  'Q5',
  'Q6',
  'Q7',
];

const QUALTRICS_TEXTS = {
  StartDate: 'Start Date',
  Q2: 'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?',
  Q3_NPS_GROUP: 'Hoe waarschijnlijk is het dat u PIO zou aanbevelen aan een collega? - Group',
  Q6: 'Van welke PIO-diensten maakte u gebruik? - Selected Choice',
};

const QUESTION_TEXT_KEYS = [
  'Projectnummer',
  'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?',
  'Hoe waarschijnlijk is het dat u PIO zou aanbevelen aan een collega?',
  'Hoe tevreden bent u over de kwaliteit van de coaching?',
  'Zonder PIO hadden we deze aankoop ...',
  'Van welke PIO-diensten maakte u gebruik?',
];

const BELGIAN_KEYS = [
  'Projectnummer',
  'Datum',
  'Tevredenheid',
  'Aanbeveling (0-10)',
  'Coaching',
  'Zonder PIO hadden we…',
  'Diensten',
  'Cofinanciering (€)',
  'Opmerkingen',
];

const BELGIAN_CELLS = [
  [2, 'Datum', '05/03/2024 09:12'],
  [2, 'Cofinanciering (€)', '341.250,00'],
  [3, 'Coaching', 'Niet van toepassing'],
  [3, 'Opmerkingen', 'Budget van 25.000 €;\nvolgende keer “sneller” graag'],
  [5, 'Opmerkingen', 'Te veel administratie – te traag.'],
] as const;

const accepted: readonly Accepted[] = [
  {
    name: 'LimeSurvey with code headings and coded answers (UTF-8 BOM, all quoted, CRLF)',
    fileName: 'limesurvey.csv',
    bytes: () => limeSurveyCsv(),
    tool: 'limesurvey',
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    keys: LIME_CODE_KEYS,
    texts: { TEVR: null },
    rowLines: [2, 3, 4, 5],
    cells: [
      [2, 'TEVR', 'A5'],
      [2, 'DIENST[SQ002]', 'Y'],
      [3, 'COACH', 'NVT'],
      [4, 'OPM', 'Te veel administratie, "te traag".'],
      [5, 'submitdate', ''],
    ],
  },
  {
    name: 'LimeSurvey with question-text headings and answer labels, semicolon-separated',
    fileName: 'limesurvey-teksten.csv',
    bytes: () => limeSurveyCsv({ headings: 'texts', answers: 'labels', separator: ';' }),
    tool: 'limesurvey',
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: ';',
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 3, 4, 5],
    cells: [
      [2, 'Response ID', '1'],
      [2, 'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?', 'Zeer tevreden'],
      [3, 'Hoe tevreden bent u over de kwaliteit van de coaching?', 'Niet van toepassing'],
      [4, 'Van welke PIO-diensten maakte u gebruik? [Juridisch advies]', 'Ja'],
    ],
  },
  {
    name: 'LimeSurvey tab-separated',
    fileName: 'limesurvey.txt',
    bytes: () => limeSurveyCsv({ separator: '\t' }),
    tool: 'limesurvey',
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: '\t',
    decimal: '.',
    headerLines: [1],
    keys: LIME_CODE_KEYS,
    rowLines: [2, 3, 4, 5],
    cells: [[4, 'ADDIT', 'A4']],
  },
  {
    name: 'Qualtrics with three header rows: tags are the keys, row 2 the texts, row 3 ImportIds',
    fileName: 'qualtrics.csv',
    bytes: () => qualtricsCsv(),
    tool: 'qualtrics',
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: ',',
    decimal: '.',
    headerLines: [1, 2, 3],
    keys: QUALTRICS_KEYS,
    texts: QUALTRICS_TEXTS,
    rowLines: [4, 5, 6, 7],
    cells: [
      [4, 'ResponseId', 'R_1a2B3c4D5e6F7g8'],
      [4, 'Q6', 'Coaching,Cofinanciering'],
      [5, 'Q3_NPS_GROUP', 'Passive'],
      [7, 'Status', '1'],
    ],
  },
  {
    name: 'Qualtrics older export with two header rows (no ImportId row)',
    fileName: 'qualtrics-oud.csv',
    bytes: () => qualtricsCsv({ headerRows: 2 }),
    tool: 'qualtrics',
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: ',',
    decimal: '.',
    headerLines: [1, 2],
    keys: QUALTRICS_KEYS,
    texts: QUALTRICS_TEXTS,
    rowLines: [3, 4, 5, 6],
    cells: [[3, 'StartDate', '2024-03-05 09:10:02']],
  },
  {
    name: 'Microsoft Forms in Dutch: date cells as YYYY-MM-DD HH:MM:SS, numbers as text',
    fileName: 'forms-nl.xlsx',
    bytes: () => msFormsXlsx({ lang: 'nl' }),
    tool: 'msforms',
    format: 'xlsx',
    encoding: null,
    separator: null,
    decimal: '.',
    headerLines: [1],
    keys: [
      'ID',
      'Begintijd',
      'Tijd van voltooien',
      'E-mail',
      'Naam',
      ...QUESTION_TEXT_KEYS,
      'Opmerkingen en suggesties',
    ],
    rowLines: [2, 3, 4],
    cells: [
      [2, 'ID', '1'],
      [2, 'Begintijd', '2024-03-05 09:10:02'],
      [2, 'Hoe waarschijnlijk is het dat u PIO zou aanbevelen aan een collega?', '9'],
      [3, 'Van welke PIO-diensten maakte u gebruik?', 'Cofinanciering;'],
      [3, 'Naam', ''],
      [3, 'Opmerkingen en suggesties', ''],
    ],
  },
  {
    name: 'Microsoft Forms in English',
    fileName: 'forms-en.xlsx',
    bytes: () => msFormsXlsx({ lang: 'en' }),
    tool: 'msforms',
    format: 'xlsx',
    encoding: null,
    separator: null,
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 3, 4],
    cells: [
      [4, 'Completion time', '2024-03-20 11:45:10'],
      [4, 'Email', 'anonymous'],
    ],
  },
  {
    name: 'Google Forms: UTF-8 without BOM, checkbox answers joined with ; in a comma file',
    fileName: 'google.csv',
    bytes: () => googleFormsCsv(),
    tool: 'googleforms',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    keys: [
      'Timestamp',
      'Projectnummer',
      'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?',
      'Hoe waarschijnlijk is het dat u PIO zou aanbevelen aan een collega?',
      'Hoe tevreden bent u over de volgende diensten? [Coaching]',
      'Zonder PIO hadden we deze aankoop ...',
      'Van welke PIO-diensten maakte u gebruik?',
      'Opmerkingen en suggesties',
    ],
    rowLines: [2, 3, 4],
    cells: [
      [2, 'Timestamp', '2024/03/05 10:12:44 AM CET'],
      [4, 'Van welke PIO-diensten maakte u gebruik?', 'Coaching;Juridisch advies;Netwerkevents'],
    ],
  },
  {
    name: 'EUSurvey: the header is the first wide row below the preamble, at its sheet row',
    fileName: 'eusurvey.xlsx',
    bytes: () => euSurveyXlsx(),
    tool: 'eusurvey',
    format: 'xlsx',
    encoding: null,
    separator: null,
    decimal: '.',
    headerLines: [4],
    keys: [
      ...QUESTION_TEXT_KEYS,
      'Cofinanciering (EUR)',
      'Opmerkingen en suggesties',
      'Contribution ID',
      'User name',
      'Created',
      'Updated',
      'Languages',
    ],
    rowLines: [5, 6, 7],
    cells: [
      [5, 'Cofinanciering (EUR)', '341250.5'],
      [5, 'Contribution ID', '3f2c9a1e-0b7d-4c55-9e1a-000000000001'],
      [7, 'Created', '2024-03-20 11:40:00'],
    ],
  },
  {
    name: 'Belgian Excel in Windows-1252: € “ ” – … decoded, decimal comma, quoted line break',
    fileName: 'excel-be.csv',
    bytes: () => belgianExcelCsv({ encoding: 'windows-1252' }),
    tool: 'excel_be',
    format: 'csv',
    encoding: 'windows-1252',
    separator: ';',
    decimal: ',',
    headerLines: [1],
    keys: BELGIAN_KEYS,
    rowLines: [2, 3, 5],
    cells: BELGIAN_CELLS,
  },
  {
    name: 'Belgian Excel in UTF-8 with BOM',
    fileName: 'excel-be-utf8.csv',
    bytes: () => belgianExcelCsv({ encoding: 'utf-8-bom' }),
    tool: 'excel_be',
    format: 'csv',
    encoding: 'utf-8-bom',
    separator: ';',
    decimal: ',',
    headerLines: [1],
    keys: BELGIAN_KEYS,
    rowLines: [2, 3, 5],
    cells: BELGIAN_CELLS,
  },
  {
    name: 'UTF-16 LE with BOM',
    fileName: 'utf16le.csv',
    bytes: () => encodeText('Project\tOpmerking\r\nP-1\tGoed – €\r\n', 'utf-16le'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-16le',
    separator: '\t',
    decimal: '.',
    headerLines: [1],
    keys: ['Project', 'Opmerking'],
    rowLines: [2],
    cells: [[2, 'Opmerking', 'Goed – €']],
  },
  {
    name: 'UTF-16 BE with BOM',
    fileName: 'utf16be.csv',
    bytes: () => encodeText('Project,Score\nP-1,4\n', 'utf-16be'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-16be',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    keys: ['Project', 'Score'],
    rowLines: [2],
    cells: [[2, 'Score', '4']],
  },
  {
    name: 'quoted line breaks (LF) shift the physical line of later rows',
    fileName: 'lf.csv',
    bytes: utf8('id,opmerking\n1,"een\ntwee\ndrie"\n2,kort\n3,"x\ny"\n4,z\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 5, 6, 8],
    cells: [
      [2, 'opmerking', 'een\ntwee\ndrie'],
      [8, 'id', '4'],
    ],
  },
  {
    name: 'quoted line breaks (CRLF) shift the physical line and come out as \\n',
    fileName: 'crlf.csv',
    bytes: utf8('id,opmerking\r\n1,"een\r\ntwee"\r\n2,kort\r\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 4],
    cells: [[2, 'opmerking', 'een\ntwee']],
  },
  {
    name: 'a stray quote inside an unquoted cell does not shift later line numbers',
    fileName: 'inch.csv',
    bytes: utf8('id,scherm\n1,12" breed\n2,15"\n3,geen\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 3, 4],
    cells: [[2, 'scherm', '12" breed']],
  },
  {
    name: 'blank and all-empty lines are skipped without losing the line count',
    fileName: 'gaten.csv',
    bytes: utf8('a,b\n\n1,2\n,\n  \n3,4\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    rowLines: [3, 6],
  },
  {
    name: 'duplicate header names are told apart by position: #2, #3',
    fileName: 'dubbel.csv',
    bytes: utf8('Vraag,Vraag,Andere,Vraag\n1,2,3,4\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    keys: ['Vraag', 'Vraag#2', 'Andere', 'Vraag#3'],
    rowLines: [2],
    cells: [
      [2, 'Vraag#2', '2'],
      [2, 'Vraag#3', '4'],
    ],
  },
  {
    name: 'trailing empty columns Excel writes are dropped, and are no field-count error',
    fileName: 'leeg-rechts.csv',
    bytes: utf8('a;b;c;;\r\n1;2;3;;\r\n4;5;6;;;;\r\n7;8;9\r\n'),
    tool: 'excel_be',
    format: 'csv',
    encoding: 'utf-8',
    separator: ';',
    decimal: '.',
    headerLines: [1],
    keys: ['a', 'b', 'c'],
    rowLines: [2, 3, 4],
    cells: [[3, 'c', '6']],
  },
  {
    name: 'padded and quoted numbers come out trimmed and unquoted',
    fileName: 'opvulling.csv',
    bytes: utf8('score , nps\n" 4 ",  9 \n"3","10"\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    keys: ['score', 'nps'],
    rowLines: [2, 3],
    cells: [
      [2, 'score', '4'],
      [2, 'nps', '9'],
      [3, 'nps', '10'],
    ],
  },
  {
    name: 'comma chosen over semicolons inside unquoted answers',
    fileName: 'komma.csv',
    bytes: utf8('naam,diensten\nJan,Coaching;Cofinanciering;Juridisch advies\nPiet,Coaching\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 3],
    cells: [[2, 'diensten', 'Coaching;Cofinanciering;Juridisch advies']],
  },
  {
    name: 'semicolon chosen over commas inside unquoted decimal numbers',
    fileName: 'puntkomma.csv',
    bytes: utf8('project;bedrag;score\nP-1;1.250,5;3,5\nP-2;80;4\n'),
    tool: 'excel_be',
    format: 'csv',
    encoding: 'utf-8',
    separator: ';',
    decimal: ',',
    headerLines: [1],
    rowLines: [2, 3],
    cells: [[2, 'bedrag', '1.250,5']],
  },
  {
    name: "Excel's sep= line sets the separator and is not the header",
    fileName: 'sep.csv',
    bytes: utf8('sep=;\r\nproject;bedrag\r\nP-1;3,5\r\n'),
    tool: 'excel_be',
    format: 'csv',
    encoding: 'utf-8',
    separator: ';',
    decimal: ',',
    headerLines: [2],
    keys: ['project', 'bedrag'],
    rowLines: [3],
  },
  {
    name: 'a plain CSV of no known tool, with decimal points',
    fileName: 'gewoon.csv',
    bytes: utf8('project,bedrag\nP-1,341250.00\nP-2,12.5\n'),
    tool: 'csv',
    format: 'csv',
    encoding: 'utf-8',
    separator: ',',
    decimal: '.',
    headerLines: [1],
    rowLines: [2, 3],
  },
  {
    name: 'XLSX cells: booleans, a date at midnight, floats, a value under no header',
    fileName: 'cellen.xlsx',
    bytes: () =>
      workbookXlsx([
        ['Vraag', 'Klaar', 'Datum', 'Bedrag', null],
        ['A', true, new Date(Date.UTC(2024, 2, 5)), 0.1 + 0.2, null],
        [null, null, null, null, null],
        ['B', false, new Date(Date.UTC(2024, 2, 5, 9, 30)), 1234.5, 'notitie'],
      ]),
    tool: 'csv',
    format: 'xlsx',
    encoding: null,
    separator: null,
    decimal: '.',
    headerLines: [1],
    keys: ['Vraag', 'Klaar', 'Datum', 'Bedrag', ''],
    rowLines: [2, 4],
    cells: [
      [2, 'Klaar', 'true'],
      [2, 'Datum', '2024-03-05'],
      [2, 'Bedrag', '0.30000000000000004'],
      [4, 'Klaar', 'false'],
      [4, 'Datum', '2024-03-05 09:30:00'],
      [4, 'Bedrag', '1234.5'],
      [4, '', 'notitie'],
    ],
  },
];

function cellAt(file: ParsedFile, line: number, key: string): string | undefined {
  const index = file.columns.findIndex((c) => c.key === key);
  return file.rows.find((r) => r.line === line)?.cells[index];
}

describe('readExport accepts', () => {
  it.each(accepted.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await readExport(await c.bytes(), c.fileName);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { file } = result;
    expect(result.issues).toEqual([]);
    expect({
      fileName: file.fileName,
      tool: file.tool,
      format: file.format,
      encoding: file.encoding,
      separator: file.separator,
      decimal: file.decimal,
      headerLines: file.headerLines,
      rowLines: file.rows.map((r) => r.line),
    }).toEqual({
      fileName: c.fileName,
      tool: c.tool,
      format: c.format,
      encoding: c.encoding,
      separator: c.separator,
      decimal: c.decimal,
      headerLines: c.headerLines,
      rowLines: c.rowLines,
    });
    if (c.keys) expect(file.columns.map((col) => col.key)).toEqual(c.keys);
    file.columns.forEach((col, i) => expect(col.index).toBe(i));
    for (const row of file.rows) expect(row.cells).toHaveLength(file.columns.length);
    for (const [key, text] of Object.entries(c.texts ?? {})) {
      expect(file.columns.find((col) => col.key === key)?.text, key).toBe(text);
    }
    for (const [line, key, text] of c.cells ?? []) {
      expect(cellAt(file, line, key), `line ${line}, ${key}`).toBe(text);
    }
  });
});

interface Rejected {
  readonly name: string;
  readonly fileName: string;
  readonly bytes: Bytes;
  readonly options?: ReadOptions;
  /** The issues, without severity and file (always 'error' and the file name). */
  readonly issues: readonly (Pick<ImportIssue, 'line' | 'detail' | 'value'> & {
    code: IssueCode;
  })[];
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0];

/** The Belgian fixture cut off inside the quoted remark of its second response (line 3). */
function truncatedBelgianExcel(): Uint8Array {
  const bytes = belgianExcelCsv({ encoding: 'windows-1252' });
  const asciiView = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  return bytes.slice(0, asciiView.indexOf('Budget van') + 'Budget van'.length);
}

const rejected: readonly Rejected[] = [
  {
    name: 'a truncated file whose last quote never closes: unclosed_quote where the record starts',
    fileName: 'afgebroken.csv',
    bytes: truncatedBelgianExcel,
    issues: [{ code: 'unclosed_quote', line: 3 }],
  },
  {
    name: 'an unclosed quote after a quoted line break: the physical start line',
    fileName: 'open.csv',
    bytes: utf8('id,opmerking\n1,"een\ntwee"\n2,"open\n3,drie\n'),
    issues: [{ code: 'unclosed_quote', line: 4 }],
  },
  {
    name: 'rows with too few and too many fields, every one listed with found/expected',
    fileName: 'velden.csv',
    bytes: utf8('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n13\n'),
    issues: [
      { code: 'field_count', line: 3, detail: '2/3' },
      { code: 'field_count', line: 4, detail: '4/3' },
      { code: 'field_count', line: 6, detail: '1/3' },
    ],
  },
  {
    name: 'an unquoted decimal comma in a comma-separated file splits the row',
    fileName: 'decimaal.csv',
    bytes: utf8('project,score\nP-1,3,5\nP-2,4\n'),
    issues: [{ code: 'field_count', line: 2, detail: '3/2' }],
  },
  {
    name: 'a field-count error after a quoted line break is reported on its physical line',
    fileName: 'velden-na-regeleinde.csv',
    bytes: utf8('a,b\r\n1,"x\r\ny"\r\n2\r\n'),
    issues: [{ code: 'field_count', line: 4, detail: '1/2' }],
  },
  {
    name: 'a binary file (PNG) named .csv',
    fileName: 'logo.csv',
    bytes: () => new Uint8Array(PNG),
    issues: [{ code: 'binary_file', line: null }],
  },
  {
    name: 'text full of control characters',
    fileName: 'controle.csv',
    bytes: utf8('a\u0001\u0002\u0003,b\u0004\u0005\n\u0006\u0007,\u0008\u000e\n'),
    issues: [{ code: 'binary_file', line: null }],
  },
  {
    name: 'a file with many NUL bytes is refused as binary',
    fileName: 'nullen.csv',
    bytes: utf8(`a,b\n${'1,\u0000\n'.repeat(40)}`),
    issues: [{ code: 'binary_file', line: null }],
  },
  {
    name: 'UTF-16 without a byte order mark is refused as binary',
    fileName: 'utf16-zonder-bom.csv',
    bytes: () => encodeText('a,b\n1,2\n', 'utf-16le').slice(2),
    issues: [{ code: 'binary_file', line: null }],
  },
  {
    name: 'an .xlsx workbook renamed .csv',
    fileName: 'forms.csv',
    bytes: () => msFormsXlsx(),
    issues: [{ code: 'workbook_as_csv', line: null }],
  },
  {
    name: 'an old .xls workbook renamed .csv',
    fileName: 'oud.csv',
    bytes: () => new Uint8Array(OLE2),
    issues: [{ code: 'workbook_as_csv', line: null }],
  },
  {
    name: 'an empty file (0 bytes)',
    fileName: 'leeg.csv',
    bytes: () => new Uint8Array(0),
    issues: [{ code: 'empty_file', line: null }],
  },
  {
    name: 'a file of only a byte order mark and blank lines',
    fileName: 'wit.csv',
    bytes: () => encodeText(' \r\n\r\n\t\r\n', 'utf-8-bom'),
    issues: [{ code: 'empty_file', line: null }],
  },
  {
    name: 'a header without data rows',
    fileName: 'kop.csv',
    bytes: utf8('Projectnummer;Tevredenheid\r\n;\r\n'),
    issues: [{ code: 'no_data_rows', line: null }],
  },
  {
    name: 'a Qualtrics export with its three header rows and no responses',
    fileName: 'qualtrics-leeg.csv',
    bytes: () => {
      const text = new TextDecoder().decode(qualtricsCsv());
      const lines = text.split('\n');
      return encodeText(lines.slice(0, 3).join('\n') + '\n', 'utf-8');
    },
    issues: [{ code: 'no_data_rows', line: null }],
  },
  {
    name: 'a legacy Qualtrics export with its two header rows and no responses: the text row is none',
    fileName: 'qualtrics-legacy-leeg.csv',
    bytes: utf8(
      'V1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,\n' +
        'ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,Finished,Hoe tevreden bent u?,\n',
    ),
    issues: [{ code: 'no_data_rows', line: null }],
  },
  {
    name: 'numbers only: nothing looks like a header',
    fileName: 'getallen.csv',
    bytes: utf8('1,2,3\n4,5,6\n'),
    issues: [{ code: 'no_header', line: null }],
  },
  {
    name: 'an .ods spreadsheet (a ZIP too) is not supported',
    fileName: 'antwoorden.ods',
    bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    issues: [{ code: 'unsupported_format', line: null, detail: '.ods' }],
  },
  {
    name: 'an old .xls workbook is not supported',
    fileName: 'Antwoorden.XLS',
    bytes: () => new Uint8Array(OLE2),
    issues: [{ code: 'unsupported_format', line: null, detail: '.xls' }],
  },
  {
    name: 'a PDF is not supported',
    fileName: 'rapport.pdf',
    bytes: utf8('%PDF-1.7\n'),
    issues: [{ code: 'unsupported_format', line: null, detail: '.pdf' }],
  },
  {
    name: 'a broken .xlsx (ZIP signature, no archive) with the library message',
    fileName: 'kapot.xlsx',
    bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
    issues: [{ code: 'bad_workbook', line: null, detail: "Couldn't unzip `.xlsx` file contents" }],
  },
  {
    name: 'a text file named .xlsx',
    fileName: 'tekst.xlsx',
    bytes: utf8('a,b\n1,2\n'),
    issues: [{ code: 'bad_workbook', line: null, detail: "Doesn't look like an `.xlsx` file" }],
  },
  {
    name: 'a file over the size limit, refused before it is read',
    fileName: 'groot.csv',
    bytes: () => new Uint8Array(3 * 1024 + 1),
    options: { maxBytes: 2 * 1024 },
    issues: [{ code: 'too_large', line: null, value: '4 kB', detail: '2 kB' }],
  },
];

describe('a NUL byte inside a cell', () => {
  it('is shown as U+FFFD with a warning that names its line, and the file is read', async () => {
    const result = await readExport(
      await utf8('id,OPM\n1,goed\n2,slecht\u0000 verbonden\n')(),
      'opmerkingen.csv',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'nul_replaced', line: 3, detail: '1' }),
    ]);
    expect(result.file.rows[1]?.cells).toEqual(['2', 'slecht\uFFFD verbonden']);
  });
});

describe('readExport refuses', () => {
  it.each(rejected.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await readExport(await c.bytes(), c.fileName, c.options);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      c.issues.map((i) => ({ severity: 'error', file: c.fileName, column: null, ...i })),
    );
  });
});

describe('the size limit', () => {
  it('is 300 MB and reads as such next to the size of a file just over it', () => {
    expect(MAX_IMPORT_BYTES).toBe(300 * 1024 * 1024);
    expect(sizeIssue('groot.csv', 312 * 1024 * 1024)).toEqual({
      severity: 'error',
      code: 'too_large',
      file: 'groot.csv',
      line: null,
      column: null,
      value: '312 MB',
      detail: '300 MB',
    });
    expect(sizeIssue('groot.csv', MAX_IMPORT_BYTES + 1)?.value).toBe('301 MB');
    expect(sizeIssue('klein.csv', MAX_IMPORT_BYTES)).toBeNull();
  });
});

describe('the tool is known by the names of its own columns', () => {
  const cases: readonly (readonly [string, readonly string[], Tool])[] = [
    [
      'Microsoft Forms in Dutch',
      ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam'],
      'msforms',
    ],
    [
      'Microsoft Forms, "Tijdstip van voltooien"',
      ['Id', 'Begintijd', 'Tijdstip van voltooien', 'Naam'],
      'msforms',
    ],
    [
      'Microsoft Forms, "Voltooiingstijd"',
      ['ID', 'Begintijd', 'Voltooiingstijd', 'E-mail'],
      'msforms',
    ],
    [
      'Microsoft Forms in English',
      ['ID', 'Start time', 'Completion time', 'Email', 'Name'],
      'msforms',
    ],
    ['Google Forms in Dutch', ['Tijdstempel', 'E-mailadres', 'Vraag'], 'googleforms'],
    [
      'EUSurvey as it writes its own columns',
      ['Vraag', 'Contribution Id', 'User Name', 'Creation Date', 'Last Update'],
      'eusurvey',
    ],
    [
      'LimeSurvey "code & text" headings',
      ['id. Response ID', 'submitdate. Date submitted', 'lastpage. Last page', 'G01Q01. Vraag'],
      'limesurvey',
    ],
  ];
  it.each(cases)('%s', (_name, header, tool) => {
    expect(detectTool(header, 'csv', ',', '.')).toBe(tool);
  });
});
