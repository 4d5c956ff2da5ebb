import { useId, useState, type DragEvent } from 'react';

interface Common {
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
  readonly disabled?: boolean;
  readonly testId?: string;
}

interface One extends Common {
  readonly onFile: (file: File) => void;
}

interface Many extends Common {
  /** Several files at once, or a whole folder (chosen, or dropped): its files, not its subfolders. */
  readonly onFiles: (files: File[]) => void;
  /** The label of the second input, which chooses a folder. */
  readonly folderLabel: string;
}

function isMany(p: One | Many): p is Many {
  return 'onFiles' in p;
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** The files of a dropped folder, read through the entries API (a folder has no File of its own). */
async function folderFiles(entry: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = entry.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries per call, then an empty list.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  return Promise.all(
    entries.filter((e): e is FileSystemFileEntry => e.isFile).map((e) => entryFile(e)),
  );
}

async function droppedFiles(e: DragEvent<HTMLDivElement>): Promise<File[]> {
  const items = [...e.dataTransfer.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) => i.webkitGetAsEntry());
  const plain = [...e.dataTransfer.files];
  if (!entries.some((entry) => entry?.isDirectory)) return plain;
  const files: File[] = [];
  for (const [k, entry] of entries.entries()) {
    if (entry?.isDirectory) files.push(...(await folderFiles(entry as FileSystemDirectoryEntry)));
    else if (plain[k]) files.push(plain[k]);
  }
  return files;
}

/**
 * A file input that also takes a file dropped on it; with `onFiles`, several files, a chosen
 * folder or a dropped folder.
 */
export function FileDrop(props: One | Many) {
  const { label, hint, accept, disabled, testId } = props;
  const id = useId();
  const [over, setOver] = useState(false);
  const many = isMany(props) ? props : null;
  const deliver = (files: File[]) => {
    if (disabled || files.length === 0) return;
    if (many) many.onFiles(files);
    else if (!isMany(props) && files[0]) props.onFile(files[0]);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    // Entries must be taken before the event handler returns.
    void droppedFiles(e).then(deliver);
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
        multiple={many !== null}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          deliver(files);
        }}
      />{' '}
      {many && (
        <>
          <label htmlFor={`${id}-folder`}>{many.folderLabel}</label>{' '}
          <input
            id={`${id}-folder`}
            type="file"
            disabled={disabled}
            ref={(input) => {
              if (input) input.webkitdirectory = true;
            }}
            data-testid={testId && `${testId}-folder`}
            onChange={(e) => {
              // The folder's own files: a subfolder (an archive of last year's) is not read.
              const files = [...(e.target.files ?? [])].filter(
                (f) => f.webkitRelativePath.split('/').length <= 2,
              );
              e.target.value = '';
              deliver(files);
            }}
          />{' '}
        </>
      )}
      <span className="file-drop-hint">{hint}</span>
    </div>
  );
}
