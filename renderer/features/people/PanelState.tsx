import type { ApiError } from '../../../shared/errors';
import { ErrorAlert } from '../../components/Alert';

/** What a panel shows before its data arrives or when reading it failed. */
export function PanelState({ error }: { error: ApiError | null }) {
  if (error) return <ErrorAlert title="This step's lists could not be read">{error.message}</ErrorAlert>;
  return <p className="muted" role="status">Loading…</p>;
}
