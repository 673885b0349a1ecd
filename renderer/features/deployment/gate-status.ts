import type { GateStatus } from '../../../shared/rules/deployment';
import type { Tone } from '../operations/Pill';

export const GATE_STATUS: Record<GateStatus, { tone: Tone; label: string }> = {
  pending: { tone: 'neutral', label: 'Gate pending' },
  go: { tone: 'good', label: 'Go' },
  no_go: { tone: 'bad', label: 'No go' },
};
