/**
 * The fallback while a view's code loads on demand (React.lazy): a polite status that screen readers announce,
 * in the place the view will take.
 */
export function LoadingView({ what }: { what: string }) {
  return (
    <p className="muted loading-view" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}
