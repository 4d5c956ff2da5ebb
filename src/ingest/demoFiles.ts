import { isTableName, type TableName } from '../model';
import type { DatasetFile } from './dataset';

const urls = import.meta.glob<string>('../../datasets/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The illustrative demo data set, fetched from the app's own origin. */
export async function fetchDemoDataset(): Promise<Map<TableName, DatasetFile>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([modulePath, url]) => {
      const file = modulePath.split('/').pop() ?? modulePath;
      const name = file.replace(/\.csv$/, '');
      if (!isTableName(name)) return null;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return [name, { file, text: await response.text() }] as const;
    }),
  );
  return new Map(entries.filter((e): e is NonNullable<typeof e> => e !== null));
}
