/** A polite loading line. The visible text is what screen readers announce. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** A fixed-size placeholder so content arriving later does not move the page. */
export function Skeleton({ height, width = '100%', radius }: { height: string; width?: string; radius?: string }) {
  return <div className="skeleton" aria-hidden="true" style={{ height, width, borderRadius: radius }} />;
}
