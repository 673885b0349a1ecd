/** Completed and enrolled shares as a progress bar with the numbers in words (the bar only repeats them). */
export function CoverageBar({ label, completed, enrolled, large }: { label: string; completed: number; enrolled: number; large?: boolean }) {
  return (
    <span className={large ? 'coverage-bar coverage-bar--large' : 'coverage-bar'}>
      <progress max={100} value={completed} aria-label={label} />
      <span>{completed}% completed, {enrolled}% enrolled</span>
    </span>
  );
}
