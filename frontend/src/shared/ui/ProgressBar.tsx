interface Props {
  label: string;
  /** 0–100; omit for "working, no measure". */
  value?: number;
}

export function ProgressBar({ label, value }: Props) {
  const determinate = typeof value === 'number' && Number.isFinite(value);
  const pct = determinate ? Math.max(0, Math.min(100, Math.round(value))) : undefined;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={determinate ? 0 : undefined}
      aria-valuemax={determinate ? 100 : undefined}
      aria-valuenow={pct}
      aria-valuetext={determinate ? `${pct}%` : 'working'}
    >
      <div className={determinate ? 'progress__bar' : 'progress__bar progress__bar--indeterminate'} style={determinate ? { width: `${pct}%` } : undefined} />
    </div>
  );
}
