import { useId, useState, type DragEvent } from 'react';

interface Props {
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
  readonly disabled?: boolean;
  readonly onFile: (file: File) => void;
  readonly testId?: string;
}

/** A file input that also takes a file dropped on it. */
export function FileDrop({ label, hint, accept, disabled, onFile, testId }: Props) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={testId}
    >
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />{' '}
      <span className="file-drop-hint">{hint}</span>
    </div>
  );
}
