import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { propose } from '../ingest/survey/propose';
import { previewOf } from '../ingest/survey/protocol';
import { readExport } from '../ingest/survey/read';
import { MappingEditor } from './MappingEditor';

async function rendered(lang: 'nl' | 'en'): Promise<string> {
  const name = 'limesurvey-codes.csv';
  const bytes = readFileSync(new URL(`../ingest/survey/fixtures/${name}`, import.meta.url));
  const read = await readExport(new Uint8Array(bytes), name);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const proposal = propose(read.file);
  return renderToStaticMarkup(
    createElement(I18nProvider, {
      lang,
      children: createElement(MappingEditor, {
        preview: previewOf(read.file, proposal.columns),
        mapping: proposal.mapping,
        onChange: () => undefined,
      }),
    }),
  );
}

function rowOrder(html: string): string[] {
  return [...html.matchAll(/<tr data-column="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('the mapping editor shows why each column was proposed', () => {
  it('lists the unsure proposals first, in file order, marked, with the rest after them', async () => {
    const html = await rendered('nl');
    const unsure = [
      'COACH',
      'COFIN',
      'ADDIT',
      ...[1, 2, 3, 4, 5, 6].map((n) => `DIENST[SQ00${String(n)}]`),
    ];
    expect(rowOrder(html).slice(0, unsure.length)).toEqual(unsure);
    expect(rowOrder(html).slice(unsure.length, unsure.length + 3)).toEqual([
      'id',
      'submitdate',
      'lastpage',
    ]);
    expect(html).toContain('Na te kijken: 9');
    expect(html).toContain('<strong>Nakijken: </strong>');
  });

  it('says each reason in a sentence of the UI language', async () => {
    const nl = await rendered('nl');
    expect(nl).toContain('De kolomkop TEVR is een gekende vraagcode. Herkende antwoorden: 4.');
    expect(nl).toContain(
      'Deelvraag 3 heeft geen tekst: aangenomen dat de deelvragen de volgorde van de standaardvragenlijst volgen.',
    );
    expect(nl).toContain('Kolom van de enquêtetool zelf: het tijdstip van indienen.');
    const en = await rendered('en');
    expect(en).toContain('The header ADDIT is a known question code.');
    expect(en).toContain('The answers are codes without text');
    expect(en).toContain('<strong>Check: </strong>');
  });
});
