import type { I18n } from '../i18n';
import type { LoadedDataset } from '../queries/dataset';

/** Where the figures come from, as exports and printed reports must state it. */
export function originText(t: I18n['t'], dataset: LoadedDataset): string {
  if (dataset.origin === 'demo') return t('data.sourceDemo');
  const files = [
    ...dataset.workspace.tables.map((x) => x.fileName),
    ...dataset.workspace.imports.map((x) => x.fileName),
  ];
  return t(dataset.origin === 'own' ? 'data.sourceOwn' : 'data.sourceWorkspace', {
    files: files.join(', '),
  });
}
