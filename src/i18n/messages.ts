export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const nl = {
  'app.title': 'PIO-evaluatiedashboard',
  'app.subtitle': 'Programma Innovatieve Overheidsopdrachten',
  'app.skip': 'Naar de inhoud',
  'nav.label': 'Hoofdnavigatie',
  'nav.data': 'Data',
  'lang.label': 'Taal',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',
  'demo.banner': 'Illustratieve demodata: gegenereerd met een vaste seed, geen echte PIO-gegevens.',
  'engine.download': 'Rekenmotor laden…',
  'engine.downloadBytes': 'Rekenmotor laden: {loaded} van {total}',
  'engine.compile': 'Rekenmotor voorbereiden…',
  'engine.open': 'Database openen…',
  'engine.loading': 'Gegevens laden in de database…',
  'engine.failed': 'De rekenmotor kon niet starten.',
  'engine.failedHelp':
    'Het dashboard rekent alles in uw browser. Controleer of de pagina volledig geladen is en probeer opnieuw.',
  'engine.dataFailed': 'De gegevens konden niet geladen worden.',
  'engine.retry': 'Opnieuw proberen',
  'data.title': 'Gegevens',
  'data.intro':
    'Alle tabellen die in de database geladen zijn, met hun aantal rijen, kolommen en de eerste rijen.',
  'data.tables': 'Tabellen',
  'data.table': 'Tabel',
  'data.rows': 'Rijen',
  'data.columns': 'Kolommen',
  'data.column': 'Kolom',
  'data.type': 'Type',
  'data.preview': 'Eerste {n} rijen',
  'data.empty': 'Deze tabel is leeg.',
  'data.source': 'Bron: {source}',
  'data.sourceDemo': 'illustratieve demodata (datasets/)',
  'data.rowCount': '{n} rijen',
  'data.null': 'leeg',
  'issue.summary': '{n} problemen gevonden; er werd niets geladen.',
  'issue.where': '{file}, regel {line}, kolom {column}',
  'issue.whereNoColumn': '{file}, regel {line}',
  'issue.whereFile': '{file}',
  'issue.empty_file': 'Het bestand is leeg.',
  'issue.no_data_rows': 'Het bestand heeft een kopregel maar geen gegevens.',
  'issue.missing_column': 'Verplichte kolom ontbreekt.',
  'issue.field_count': 'Aantal velden klopt niet met de kopregel (gevonden/verwacht: {detail}).',
  'issue.unclosed_quote': 'Aanhalingsteken wordt niet gesloten: is het bestand afgebroken?',
  'issue.required': 'Verplichte waarde ontbreekt.',
  'issue.bad_integer': '“{value}” is geen geheel getal.',
  'issue.bad_number': '“{value}” is geen getal (verwacht: 1234.5).',
  'issue.bad_date': '“{value}” is geen geldige datum (verwacht: JJJJ-MM-DD).',
  'issue.bad_timestamp': '“{value}” is geen geldig tijdstip (verwacht: JJJJ-MM-DD UU:MM:SS).',
  'issue.bad_boolean': '“{value}” is geen true of false.',
  'issue.not_in_enum': '“{value}” is geen toegelaten waarde ({detail}).',
  'issue.out_of_range': '“{value}” ligt buiten het bereik {detail}.',
  'issue.duplicate_key': 'Sleutel “{value}” komt twee keer voor (ook op regel {detail}).',
  'issue.unknown_reference': '“{value}” bestaat niet in tabel {detail}.',
} as const;

export type MessageKey = keyof typeof nl;

const en: Record<MessageKey, string> = {
  'app.title': 'PIO evaluation dashboard',
  'app.subtitle': 'Innovative Public Procurement Programme (Flanders)',
  'app.skip': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.data': 'Data',
  'lang.label': 'Language',
  'lang.nl': 'Nederlands',
  'lang.en': 'English',
  'demo.banner': 'Illustrative demo data: generated with a fixed seed, not real PIO data.',
  'engine.download': 'Loading the engine…',
  'engine.downloadBytes': 'Loading the engine: {loaded} of {total}',
  'engine.compile': 'Preparing the engine…',
  'engine.open': 'Opening the database…',
  'engine.loading': 'Loading the data into the database…',
  'engine.failed': 'The engine could not start.',
  'engine.failedHelp':
    'The dashboard computes everything in your browser. Check that the page loaded completely and try again.',
  'engine.dataFailed': 'The data could not be loaded.',
  'engine.retry': 'Try again',
  'data.title': 'Data',
  'data.intro':
    'Every table loaded into the database, with its row count, its columns and its first rows.',
  'data.tables': 'Tables',
  'data.table': 'Table',
  'data.rows': 'Rows',
  'data.columns': 'Columns',
  'data.column': 'Column',
  'data.type': 'Type',
  'data.preview': 'First {n} rows',
  'data.empty': 'This table is empty.',
  'data.source': 'Source: {source}',
  'data.sourceDemo': 'illustrative demo data (datasets/)',
  'data.rowCount': '{n} rows',
  'data.null': 'empty',
  'issue.summary': '{n} problems found; nothing was loaded.',
  'issue.where': '{file}, line {line}, column {column}',
  'issue.whereNoColumn': '{file}, line {line}',
  'issue.whereFile': '{file}',
  'issue.empty_file': 'The file is empty.',
  'issue.no_data_rows': 'The file has a header but no data.',
  'issue.missing_column': 'A required column is missing.',
  'issue.field_count': 'The number of fields does not match the header (found/expected: {detail}).',
  'issue.unclosed_quote': 'A quote is never closed: is the file truncated?',
  'issue.required': 'A required value is missing.',
  'issue.bad_integer': '“{value}” is not a whole number.',
  'issue.bad_number': '“{value}” is not a number (expected: 1234.5).',
  'issue.bad_date': '“{value}” is not a valid date (expected: YYYY-MM-DD).',
  'issue.bad_timestamp': '“{value}” is not a valid time (expected: YYYY-MM-DD HH:MM:SS).',
  'issue.bad_boolean': '“{value}” is not true or false.',
  'issue.not_in_enum': '“{value}” is not an allowed value ({detail}).',
  'issue.out_of_range': '“{value}” is outside the range {detail}.',
  'issue.duplicate_key': 'Key “{value}” occurs twice (also on line {detail}).',
  'issue.unknown_reference': '“{value}” does not exist in table {detail}.',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { nl, en };

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'nl' || value === 'en';
}

export function translate(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? String(params[name]) : `{${name}}`,
  );
}
