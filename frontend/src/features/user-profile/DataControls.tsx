import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDeleteMeMutation, useExportMeMutation } from './profileApi';

const CONFIRM_WORD = 'DELETE';

function isBlobLike(v: unknown): v is Blob {
  return typeof v === 'object' && v !== null && typeof (v as Blob).size === 'number' && typeof (v as Blob).type === 'string' && typeof (v as Blob).arrayBuffer === 'function';
}

/** Export my data (a file download) and delete my account (with a typed confirmation). */
export function DataControls() {
  const navigate = useNavigate();
  const [exportMe, exporting] = useExportMeMutation();
  const [deleteMe, deleting] = useDeleteMeMutation();
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  const download = async () => {
    setDone(false);
    const result = await exportMe();
    if (!('data' in result) || !isBlobLike(result.data)) return;
    const url = URL.createObjectURL(result.data);
    const a = document.createElement('a');
    a.href = url;
    // The export is one JSON document (docs/api.md: `GET /users/me/export`).
    a.download = `ai-fashion-my-data-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setDone(true);
  };

  const open = () => {
    setTyped('');
    deleting.reset();
    if (dialog.current?.showModal) dialog.current.showModal();
    else dialog.current?.setAttribute('open', '');
  };
  const close = () => {
    if (dialog.current?.close) dialog.current.close();
    else dialog.current?.removeAttribute('open');
  };
  const confirmDelete = async () => {
    const result = await deleteMe();
    if ('error' in result) return;
    close();
    navigate('/signin?notice=deleted', { replace: true });
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Download a copy of everything we hold about you: profile, preferences, consent, analyses and interactions.</p>
      <div className="row">
        <button type="button" className="btn" onClick={download} disabled={exporting.isLoading}>
          {exporting.isLoading ? 'Preparing your file…' : 'Export my data'}
        </button>
        <span role="status" className="small" style={{ color: 'var(--success)' }}>
          {done ? 'Your download has started.' : ''}
        </span>
      </div>
      {exporting.error && <ErrorMessage error={exporting.error} compact />}
      <div className="danger-zone section">
        <h3>Delete my account</h3>
        <p>This permanently deletes your account, photos, analyses, palette, likes and notifications. It cannot be undone.</p>
        <button type="button" className="btn btn--danger" onClick={open}>
          Delete my account…
        </button>
      </div>
      <dialog ref={dialog} aria-labelledby="delete-title" aria-describedby="delete-text">
        <h2 id="delete-title">Delete your account?</h2>
        <p id="delete-text">Everything will be deleted across AI-Fashion. To confirm, type {CONFIRM_WORD} below.</p>
        <div className="field">
          <label htmlFor="delete-confirm">Type {CONFIRM_WORD} to confirm</label>
          <input id="delete-confirm" type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        {deleting.error && <ErrorMessage error={deleting.error} compact />}
        <div className="form-actions">
          <button type="button" className="btn btn--danger" disabled={typed.trim() !== CONFIRM_WORD || deleting.isLoading} onClick={confirmDelete}>
            {deleting.isLoading ? 'Deleting…' : 'Delete everything'}
          </button>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}
