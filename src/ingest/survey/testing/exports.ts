/**
 * Survey exports as the PIO team receives them, built in code so that tests need no binary
 * files. Each has a few respondents answering the standard PIO questions:
 *
 *   project       SAT_OVERALL      NPS  SAT_COACHING         ADDITIONALITY
 *   PIO-2021-003  5 Zeer tevreden  9    4 Tevreden           later (Later gedaan)
 *   PIO-2022-011  4 Tevreden       7    Niet van toepassing  not_done (Niet gedaan)
 *   PIO-2023-007  2 Ontevreden     3    3 Neutraal           same (Op dezelfde manier gedaan)
 *
 * SERVICES_USED: Coaching + Cofinanciering; Cofinanciering; Coaching + Juridisch advies +
 * Netwerkevents. REMARKS: "Heel nuttige begeleiding.", empty, `Te veel administratie, "te
 * traag".` (belgianExcelCsv has remarks of its own). What each builder holds:
 *
 * limeSurveyCsv: UTF-8 with BOM, every field quoted, CRLF. Line 1 the header: metadata `id,
 *   submitdate, lastpage, startlanguage, seed, startdate, datestamp`, then `PROJ` (PROJECT_ID),
 *   `TEVR` (SAT_OVERALL), `NPS`, `COACH` (SAT_COACHING), `ADDIT` (ADDITIONALITY),
 *   `DIENST[SQ001]`..`DIENST[SQ006]` (SERVICES_USED, one column per option), `OPM` (REMARKS);
 *   with `headings: 'texts'` the question texts instead (`Van welke PIO-diensten maakte u
 *   gebruik? [Coaching]`). Lines 2-5: responses 1-3 complete, response 4 incomplete (empty
 *   submitdate, only PROJ `PIO-2023-012` and TEVR 3). Answers as codes (`A1`..`A5`, `NVT`;
 *   ADDIT `A1` not_done .. `A4` same; `Y`) or labels (`Zeer tevreden`, `Niet van toepassing`,
 *   `Ja`).
 * qualtricsCsv: UTF-8 with BOM, LF. Line 1 export tags (`StartDate` ... `ResponseId`, `Q1`..`Q7`,
 *   with `Q3_NPS_GROUP`), line 2 question texts, line 3 (headerRows 3 only) ImportId JSON.
 *   Then the three respondents, the third unfinished (Progress 40, only Q1 and Q2), and a
 *   preview (`Status` 1) repeating the first.
 *   Q6 (SERVICES_USED) is one cell with the choices joined by commas.
 * msFormsXlsx: one sheet; row 1 `ID, Start time, Completion time, Email, Name` (Dutch:
 *   `ID, Begintijd, Tijd van voltooien, E-mail, Naam`) then the question texts; rows 2-4 three
 *   responses with real date cells, NPS as numbers, multi-select joined with `;`.
 * googleFormsCsv: UTF-8 without BOM, CRLF, comma. `Timestamp` then question texts, coaching as
 *   a grid row (`... [Coaching]`), checkboxes joined with `;`. Lines 2-4 three responses.
 * euSurveyXlsx: rows 1-2 a preamble (title, export date), row 3 empty, row 4 the header,
 *   rows 5-7 three responses; metadata columns at the end (`Contribution ID, User name,
 *   Created, Updated, Languages`).
 * belgianExcelCsv: semicolon, CRLF, Windows-1252 or UTF-8 with BOM. Line 1 the header; line 2
 *   response 1; lines 3-4 response 2, whose remark holds a line break, an € and curly quotes;
 *   line 5 response 3 with an en dash. Amounts like `341.250,00`, dates `dd/mm/yyyy hh:mm`.
 * workbookXlsx, encodeText, csvText: the pieces, for a test's own small file.
 */
import type { Encoding, Separator } from '../types';

const SATISFACTION = ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'];
const NOT_APPLICABLE = 'Niet van toepassing';
const ADDITIONALITY: Record<Additionality, string> = {
  not_done: 'Niet gedaan',
  later: 'Later gedaan',
  smaller: 'Kleiner gedaan',
  same: 'Op dezelfde manier gedaan',
};
const SERVICES = [
  'Coaching',
  'Cofinanciering',
  'Ondersteuning bij marktconsultatie',
  'Juridisch advies',
  'Netwerkevents',
  'Kennisplatform',
];

const TEXTS = {
  projectId: 'Projectnummer',
  satOverall: 'Hoe tevreden bent u in het algemeen over de ondersteuning door PIO?',
  nps: 'Hoe waarschijnlijk is het dat u PIO zou aanbevelen aan een collega?',
  satCoaching: 'Hoe tevreden bent u over de kwaliteit van de coaching?',
  additionality: 'Zonder PIO hadden we deze aankoop ...',
  services: 'Van welke PIO-diensten maakte u gebruik?',
  remarks: 'Opmerkingen en suggesties',
};

type Additionality = 'not_done' | 'later' | 'smaller' | 'same';

interface Respondent {
  readonly projectId: string;
  /** 1-5 */
  readonly satOverall: number;
  readonly nps: number;
  /** 1-5, or null for "niet van toepassing". */
  readonly satCoaching: number | null;
  readonly additionality: Additionality;
  /** Indexes into SERVICES. */
  readonly services: readonly number[];
  readonly remarks: string;
  /** UTC, to the second. */
  readonly started: Date;
  readonly submitted: Date;
}

const RESPONDENTS: readonly Respondent[] = [
  {
    projectId: 'PIO-2021-003',
    satOverall: 5,
    nps: 9,
    satCoaching: 4,
    additionality: 'later',
    services: [0, 1],
    remarks: 'Heel nuttige begeleiding.',
    started: new Date(Date.UTC(2024, 2, 5, 9, 10, 2)),
    submitted: new Date(Date.UTC(2024, 2, 5, 9, 12, 44)),
  },
  {
    projectId: 'PIO-2022-011',
    satOverall: 4,
    nps: 7,
    satCoaching: null,
    additionality: 'not_done',
    services: [1],
    remarks: '',
    started: new Date(Date.UTC(2024, 2, 12, 14, 0, 0)),
    submitted: new Date(Date.UTC(2024, 2, 12, 14, 5, 30)),
  },
  {
    projectId: 'PIO-2023-007',
    satOverall: 2,
    nps: 3,
    satCoaching: 3,
    additionality: 'same',
    services: [0, 3, 4],
    remarks: 'Te veel administratie, "te traag".',
    started: new Date(Date.UTC(2024, 2, 20, 11, 40, 0)),
    submitted: new Date(Date.UTC(2024, 2, 20, 11, 45, 10)),
  },
];

function respondent(index: number): Respondent {
  const found = RESPONDENTS[index];
  if (found === undefined) throw new Error(`no respondent ${index}`);
  return found;
}

function satisfactionLabel(score: number | null): string {
  return score === null ? NOT_APPLICABLE : (SATISFACTION[score - 1] ?? '');
}

function servicesLabel(r: Respondent, joiner: string): string {
  return r.services.map((i) => SERVICES[i] ?? '').join(joiner);
}

/** `2024-03-05 09:12:44` */
function isoTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

// --- Encoding ------------------------------------------------------------------------------

const WINDOWS_1252_HIGH = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x2c6, 0x88],
  [0x2030, 0x89],
  [0x160, 0x8a],
  [0x2039, 0x8b],
  [0x152, 0x8c],
  [0x17d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x2dc, 0x98],
  [0x2122, 0x99],
  [0x161, 0x9a],
  [0x203a, 0x9b],
  [0x153, 0x9c],
  [0x17e, 0x9e],
  [0x178, 0x9f],
]);

function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_HIGH.get(code);
    if (byte === undefined) throw new Error(`not in Windows-1252: ${text.charAt(i)}`);
    bytes[i] = byte;
  }
  return bytes;
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Text as a file in the given encoding; the `-bom` and UTF-16 encodings start with a BOM. */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'windows-1252':
      return encodeWindows1252(text);
    case 'utf-16le':
      return encodeUtf16(text, true);
    case 'utf-16be':
      return encodeUtf16(text, false);
  }
}

/** A CSV field, quoted when it must be (or always). */
function field(value: string, separator: string, quoteAll = false): string {
  const mustQuote =
    quoteAll ||
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return mustQuote ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text from rows; ends with a line break, as the tools write it. */
export function csvText(
  rows: readonly (readonly string[])[],
  options: { separator?: Separator; lineBreak?: '\r\n' | '\n'; quoteAll?: boolean } = {},
): string {
  const { separator = ',', lineBreak = '\r\n', quoteAll = false } = options;
  return rows
    .map((row) => row.map((value) => field(value, separator, quoteAll)).join(separator))
    .map((line) => line + lineBreak)
    .join('');
}

// --- LimeSurvey ----------------------------------------------------------------------------

export interface LimeSurveyOptions {
  readonly headings?: 'codes' | 'texts';
  readonly answers?: 'codes' | 'labels';
  readonly separator?: Separator;
}

export function limeSurveyCsv(options: LimeSurveyOptions = {}): Uint8Array {
  const { headings = 'codes', answers = 'codes', separator = ',' } = options;
  const codeHeader = [
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
    ...SERVICES.map((_, i) => `DIENST[SQ00${i + 1}]`),
    'OPM',
  ];
  const textHeader = [
    'Response ID',
    'Date submitted',
    'Last page',
    'Start language',
    'Seed',
    'Date started',
    'Date last action',
    TEXTS.projectId,
    TEXTS.satOverall,
    TEXTS.nps,
    TEXTS.satCoaching,
    TEXTS.additionality,
    ...SERVICES.map((s) => `${TEXTS.services} [${s}]`),
    TEXTS.remarks,
  ];
  const codes = answers === 'codes';
  const satisfaction = (score: number | null) =>
    codes ? (score === null ? 'NVT' : `A${score}`) : satisfactionLabel(score);
  const additionalityCodes: Record<Additionality, string> = {
    not_done: 'A1',
    later: 'A2',
    smaller: 'A3',
    same: 'A4',
  };
  const complete = RESPONDENTS.map((r, i) => [
    String(i + 1),
    isoTimestamp(r.submitted),
    '3',
    'nl',
    String(1_000_000 + i * 7919),
    isoTimestamp(r.started),
    isoTimestamp(r.submitted),
    r.projectId,
    satisfaction(r.satOverall),
    String(r.nps),
    satisfaction(r.satCoaching),
    codes ? additionalityCodes[r.additionality] : ADDITIONALITY[r.additionality],
    ...SERVICES.map((_, s) => (r.services.includes(s) ? (codes ? 'Y' : 'Ja') : '')),
    r.remarks,
  ]);
  const incomplete = [
    '4',
    '',
    '1',
    'nl',
    '1023757',
    '2024-03-22 10:00:00',
    '2024-03-22 10:01:15',
    'PIO-2023-012',
    satisfaction(3),
    ...Array<string>(4 + SERVICES.length).fill(''),
  ];
  const header = headings === 'codes' ? codeHeader : textHeader;
  const text = csvText([header, ...complete, incomplete], { separator, quoteAll: true });
  return encodeText(text, 'utf-8-bom');
}

// --- Qualtrics -----------------------------------------------------------------------------

export interface QualtricsOptions {
  readonly headerRows?: 3 | 2;
}

function npsGroup(score: number): string {
  if (score >= 9) return 'Promoter';
  return score >= 7 ? 'Passive' : 'Detractor';
}

export function qualtricsCsv(options: QualtricsOptions = {}): Uint8Array {
  const { headerRows = 3 } = options;
  const tags = [
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
  const texts = [
    'Start Date',
    'End Date',
    'Response Type',
    'IP Address',
    'Progress',
    'Duration (in seconds)',
    'Finished',
    'Recorded Date',
    'Response ID',
    'Distribution Channel',
    'User Language',
    TEXTS.projectId,
    TEXTS.satOverall,
    TEXTS.nps,
    `${TEXTS.nps} - Group`,
    TEXTS.satCoaching,
    TEXTS.additionality,
    `${TEXTS.services} - Selected Choice`,
    TEXTS.remarks,
  ];
  const importIds = [
    '{"ImportId":"startDate","timeZone":"Europe/Brussels"}',
    '{"ImportId":"endDate","timeZone":"Europe/Brussels"}',
    '{"ImportId":"status"}',
    '{"ImportId":"ipAddress"}',
    '{"ImportId":"progress"}',
    '{"ImportId":"duration"}',
    '{"ImportId":"finished"}',
    '{"ImportId":"recordedDate","timeZone":"Europe/Brussels"}',
    '{"ImportId":"_recordId"}',
    '{"ImportId":"distributionChannel"}',
    '{"ImportId":"userLanguage"}',
    '{"ImportId":"QID1_TEXT"}',
    '{"ImportId":"QID2"}',
    '{"ImportId":"QID3"}',
    '{"ImportId":"QID3_NPS_GROUP"}',
    '{"ImportId":"QID4"}',
    '{"ImportId":"QID5"}',
    '{"ImportId":"QID6"}',
    '{"ImportId":"QID7_TEXT"}',
  ];
  const response = (
    r: Respondent,
    id: string,
    status: '0' | '1',
    progress: number,
    answered: boolean,
  ) => [
    isoTimestamp(r.started),
    isoTimestamp(r.submitted),
    status,
    status === '1' ? '' : '192.0.2.10',
    String(progress),
    String((r.submitted.getTime() - r.started.getTime()) / 1000),
    progress === 100 ? '1' : '0',
    isoTimestamp(r.submitted),
    id,
    status === '1' ? 'preview' : 'anonymous',
    'NL',
    r.projectId,
    satisfactionLabel(r.satOverall),
    answered ? String(r.nps) : '',
    answered ? npsGroup(r.nps) : '',
    answered ? satisfactionLabel(r.satCoaching) : '',
    answered ? ADDITIONALITY[r.additionality] : '',
    answered ? servicesLabel(r, ',') : '',
    answered ? r.remarks : '',
  ];
  const rows = [
    tags,
    texts,
    ...(headerRows === 3 ? [importIds] : []),
    response(respondent(0), 'R_1a2B3c4D5e6F7g8', '0', 100, true),
    response(respondent(1), 'R_2b3C4d5E6f7G8h9', '0', 100, true),
    response(respondent(2), 'R_3c4D5e6F7g8H9i0', '0', 40, false),
    response(respondent(0), 'R_9z8Y7x6W5v4U3t2', '1', 100, true),
  ];
  return encodeText(csvText(rows, { lineBreak: '\n' }), 'utf-8-bom');
}

// --- Google Forms --------------------------------------------------------------------------

/** Google's own CSV timestamp: `2024/03/05 10:12:44 AM CET` (Brussels time). */
function googleTimestamp(date: Date): string {
  const brussels = new Date(date.getTime() + 60 * 60 * 1000);
  const hours = brussels.getUTCHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return (
    `${brussels.getUTCFullYear()}/${twoDigits(brussels.getUTCMonth() + 1)}/${twoDigits(brussels.getUTCDate())} ` +
    `${hour12}:${twoDigits(brussels.getUTCMinutes())}:${twoDigits(brussels.getUTCSeconds())} ` +
    `${hours < 12 ? 'AM' : 'PM'} CET`
  );
}

export function googleFormsCsv(): Uint8Array {
  const header = [
    'Timestamp',
    TEXTS.projectId,
    TEXTS.satOverall,
    TEXTS.nps,
    'Hoe tevreden bent u over de volgende diensten? [Coaching]',
    TEXTS.additionality,
    TEXTS.services,
    TEXTS.remarks,
  ];
  const rows = RESPONDENTS.map((r) => [
    googleTimestamp(r.submitted),
    r.projectId,
    satisfactionLabel(r.satOverall),
    String(r.nps),
    satisfactionLabel(r.satCoaching),
    ADDITIONALITY[r.additionality],
    servicesLabel(r, ';'),
    r.remarks,
  ]);
  return encodeText(csvText([header, ...rows]), 'utf-8');
}

// --- Belgian Excel -------------------------------------------------------------------------

export interface BelgianExcelOptions {
  readonly encoding?: 'windows-1252' | 'utf-8-bom';
}

export function belgianExcelCsv(options: BelgianExcelOptions = {}): Uint8Array {
  const { encoding = 'windows-1252' } = options;
  const rows = [
    [
      'Projectnummer',
      'Datum',
      'Tevredenheid',
      'Aanbeveling (0-10)',
      'Coaching',
      'Zonder PIO hadden we…',
      'Diensten',
      'Cofinanciering (€)',
      'Opmerkingen',
    ],
    [
      'PIO-2021-003',
      '05/03/2024 09:12',
      'Zeer tevreden',
      '9',
      'Tevreden',
      'Later gedaan',
      'Coaching, Cofinanciering',
      '341.250,00',
      'Heel nuttige begeleiding.',
    ],
    [
      'PIO-2022-011',
      '12/03/2024 14:05',
      'Tevreden',
      '7',
      NOT_APPLICABLE,
      'Niet gedaan',
      'Cofinanciering',
      '12.500,50',
      'Budget van 25.000 €;\r\nvolgende keer “sneller” graag',
    ],
    [
      'PIO-2023-007',
      '20/03/2024 11:45',
      'Ontevreden',
      '3',
      'Neutraal',
      'Op dezelfde manier gedaan',
      'Coaching, Juridisch advies, Netwerkevents',
      '0,00',
      'Te veel administratie – te traag.',
    ],
  ];
  return encodeText(csvText(rows, { separator: ';' }), encoding);
}

// --- XLSX ----------------------------------------------------------------------------------

export type XlsxCell = string | number | boolean | Date | null;

/** A one-sheet workbook; dates are written as real date cells (UTC). */
export async function workbookXlsx(rows: readonly (readonly XlsxCell[])[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = rows.map((row) =>
    row.map((value) =>
      value instanceof Date ? { value, type: Date, format: 'dd/mm/yyyy hh:mm:ss' } : value,
    ),
  );
  const blob = await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

export interface MsFormsOptions {
  readonly lang?: 'nl' | 'en';
}

export function msFormsXlsx(options: MsFormsOptions = {}): Promise<Uint8Array> {
  const { lang = 'nl' } = options;
  const metadata =
    lang === 'nl'
      ? ['ID', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam']
      : ['ID', 'Start time', 'Completion time', 'Email', 'Name'];
  const header = [
    ...metadata,
    TEXTS.projectId,
    TEXTS.satOverall,
    TEXTS.nps,
    TEXTS.satCoaching,
    TEXTS.additionality,
    TEXTS.services,
    TEXTS.remarks,
  ];
  const rows = RESPONDENTS.map((r, i) => [
    i + 1,
    r.started,
    r.submitted,
    'anonymous',
    null,
    r.projectId,
    satisfactionLabel(r.satOverall),
    r.nps,
    satisfactionLabel(r.satCoaching),
    ADDITIONALITY[r.additionality],
    r.services.length > 0 ? `${servicesLabel(r, ';')};` : null,
    r.remarks === '' ? null : r.remarks,
  ]);
  return workbookXlsx([header, ...rows]);
}

export function euSurveyXlsx(): Promise<Uint8Array> {
  const header = [
    TEXTS.projectId,
    TEXTS.satOverall,
    TEXTS.nps,
    TEXTS.satCoaching,
    TEXTS.additionality,
    TEXTS.services,
    'Cofinanciering (EUR)',
    TEXTS.remarks,
    'Contribution ID',
    'User name',
    'Created',
    'Updated',
    'Languages',
  ];
  const amounts = [341250.5, 12500, 0];
  const rows = RESPONDENTS.map((r, i) => [
    r.projectId,
    satisfactionLabel(r.satOverall),
    r.nps,
    satisfactionLabel(r.satCoaching),
    ADDITIONALITY[r.additionality],
    servicesLabel(r, ';'),
    amounts[i] ?? null,
    r.remarks === '' ? null : r.remarks,
    `3f2c9a1e-0b7d-4c55-9e1a-00000000000${i + 1}`,
    null,
    isoTimestamp(r.started),
    isoTimestamp(r.submitted),
    'NL',
  ]);
  return workbookXlsx([
    ['PIO-bevraging kopers 2024', null],
    ['Export date', '05/04/2024 10:00'],
    [],
    header,
    ...rows,
  ]);
}

/** A byte mutation at a relative place in a file (0 = first byte, 1 = last). */
export interface Mutation {
  readonly at: number;
  readonly byte: number;
}

/** A copy of `bytes` with each mutation's byte written at its place. */
export function mutated(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  const copy = bytes.slice();
  for (const m of mutations) copy[Math.floor(m.at * (copy.length - 1))] = m.byte;
  return copy;
}
