import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent } from 'react';

export interface SqlEditorHandle {
  /** Puts the caret at a character index and scrolls it into view. */
  select(position: number): void;
  focus(): void;
}

export interface SqlEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Ctrl+Enter (Cmd+Enter on a Mac). */
  readonly onRun: () => void;
  readonly label: string;
  readonly describedBy?: string;
  readonly invalid?: boolean;
}

/** A plain-text SQL editor: monospace, no autocorrect, Tab indents, Ctrl+Enter runs. */
export const SqlEditor = forwardRef<SqlEditorHandle, SqlEditorProps>(function SqlEditor(
  { value, onChange, onRun, label, describedBy, invalid },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({
    select(position: number) {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(position, Math.min(value.length, position + 1));
      const line = value.slice(0, position).split('\n').length - 1;
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
      el.scrollTop = Math.max(0, line * lineHeight - el.clientHeight / 2);
    },
    focus() {
      area.current?.focus();
    },
  }));

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
      return;
    }
    if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const el = e.currentTarget;
      if (el.selectionStart === el.selectionEnd) {
        e.preventDefault();
        const at = el.selectionStart;
        onChange(`${value.slice(0, at)}  ${value.slice(at)}`);
        requestAnimationFrame(() => el.setSelectionRange(at + 2, at + 2));
      }
    }
  };

  return (
    <textarea
      ref={area}
      className="sql-editor"
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      autoComplete="off"
      value={value}
      rows={Math.min(24, Math.max(8, value.split('\n').length + 1))}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      data-testid="sql-editor"
    />
  );
});

/** Line and column (both 1-based) of a character index. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}
