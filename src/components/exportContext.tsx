import { createContext, useContext, type ReactNode } from 'react';
import { dimensionLabel, type I18n } from '../i18n';
import type { ContextItem } from '../lib/exportTable';

/** What every export states about the figures it holds; the export time is added on export. */
export interface ExportContext {
  /** What the export holds ("B12 Aandeel kmo's · Procedure"). */
  readonly title?: string;
  /** The part of it, e.g. the chart cell behind a drill-down. */
  readonly scope?: string;
  /** The reference date as readers see it ("31/12/2021", "Laatste gegevens"). */
  readonly referenceDate: string;
  /** Every active filter other than the reference date, as readers name it. */
  readonly filters: readonly ContextItem[];
  /** The demo data, or the names of the user's own files: beside the demo data, or alone. */
  readonly origin: 'demo' | { readonly files: readonly string[]; readonly own?: boolean };
  /** The filters' values in short, for file names ("2021-12-31-care"); may be empty. */
  readonly fileTag: string;
}

/** `2026-11-26 12:15`, local time. */
export function exportTime(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}`;
}

/** The context as labelled lines: content, reference date, filters, origin, export time. */
export function contextItems(i18n: I18n, context: ExportContext, at: Date): ContextItem[] {
  const { t } = i18n;
  return [
    { label: t('app.title'), value: context.title ?? '' },
    ...(context.scope ? [{ label: t('export.ctx.scope'), value: context.scope }] : []),
    { label: dimensionLabel(i18n.lang, 'asOf'), value: context.referenceDate },
    ...(context.filters.length > 0
      ? context.filters
      : [{ label: t('export.ctx.filters'), value: t('export.ctx.noFilters') }]),
    {
      label: t('export.ctx.origin'),
      value:
        context.origin === 'demo'
          ? t('data.sourceDemo')
          : t(context.origin.own ? 'data.sourceOwn' : 'data.sourceWorkspace', {
              files: context.origin.files.join(', '),
            }),
    },
    { label: t('export.ctx.time'), value: exportTime(at) },
  ].filter((item) => item.value !== '');
}

const Context = createContext<ExportContext | null>(null);

/**
 * Gives the charts and tables below it the context their exports state, where the view that
 * knows the filters does not render them itself.
 */
export function ExportContextProvider({
  value,
  children,
}: {
  value: ExportContext;
  children: ReactNode;
}) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useExportContext(): ExportContext | null {
  return useContext(Context);
}
