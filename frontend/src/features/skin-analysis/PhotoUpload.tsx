import { useId, useState, type DragEvent } from 'react';
import { ACCEPTED_TYPES } from './photo';

interface Props {
  onSelect: (file: File) => void;
}

/** Pick or drop a photo. The file type is checked again by the service (content, not the extension). */
export function PhotoUpload({ onSelect }: Props) {
  const id = useId();
  const [active, setActive] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const accept = (file: File | undefined) => {
    if (!file) return;
    if (file.type && !file.type.startsWith('image/')) {
      setProblem('That file is not a photo. Please choose a JPEG, PNG or WebP image.');
      return;
    }
    setProblem(null);
    onSelect(file);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    accept(e.dataTransfer.files?.[0]);
  };

  return (
    <div className="stack">
      <div
        className="dropzone"
        data-active={active}
        onDragOver={(e) => {
          e.preventDefault();
          setActive(true);
        }}
        onDragLeave={() => setActive(false)}
        onDrop={onDrop}
      >
        <svg width="48" height="48" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="12" cy="12" r="3.2" />
          <path d="M8 5l1.5-2h5L16 5" />
        </svg>
        <p>
          <strong>Drop a photo here</strong>
          <br />
          <span className="muted">or</span>
        </p>
        <label className="btn btn--primary" htmlFor={`${id}-file`}>
          Choose a photo
        </label>
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept={ACCEPTED_TYPES.join(',')}
          onChange={(e) => {
            accept(e.target.files?.[0]);
            e.target.value = '';
          }}
          data-testid="photo-input"
        />
        <p className="small muted">A clear, recent photo of your face in daylight. JPEG, PNG or WebP.</p>
      </div>
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
