import { useI18n } from '../i18n';

export interface SchemaTable {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly { name: string; type: string }[];
}

/** The loaded tables with their columns, types and row counts. */
export function SchemaBrowser({
  tables,
  onQuery,
}: {
  tables: readonly SchemaTable[];
  onQuery: (table: string) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="schema" data-testid="schema">
      {tables.map((table) => (
        <li key={table.name}>
          <details>
            <summary>
              <code>{table.name}</code>{' '}
              <span className="hint">{t('explorer.rows', { n: table.rowCount })}</span>
            </summary>
            <button
              type="button"
              className="link-button"
              onClick={() => onQuery(table.name)}
              aria-label={t('explorer.queryTable', { table: table.name })}
            >
              {t('explorer.queryThis')}
            </button>
            <table className="schema-columns">
              <tbody>
                {table.columns.map((c) => (
                  <tr key={c.name}>
                    <td>
                      <code>{c.name}</code>
                    </td>
                    <td className="coltype">{c.type}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </li>
      ))}
    </ul>
  );
}
