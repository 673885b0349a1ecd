import { STEP_STATUS_LABELS, type StepStatus } from '../../shared/schemas/step';

/** The status always carries its word; colour only repeats it. */
export function StatusBadge({ status, className }: { status: StepStatus; className?: string }) {
  return (
    <span className={['badge', `badge--${status}`, className ?? ''].filter(Boolean).join(' ')}>
      {STEP_STATUS_LABELS[status]}
    </span>
  );
}
