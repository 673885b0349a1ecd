import { stepByKey } from '../../shared/steps';
import type { View } from '../state/view';

export function viewTitle(view: View): string {
  switch (view.kind) {
    case 'overview':
      return 'Overview';
    case 'details':
      return 'Project details';
    case 'timeline':
      return 'Timeline';
    case 'activity':
      return 'Activity';
    case 'workshop':
      return 'Scoring workshop';
    case 'budget':
      return 'Budget';
    case 'governance':
      return 'Risks and governance';
    case 'reports':
      return 'Reports';
    case 'step': {
      const step = stepByKey(view.key);
      return `Step ${step.number}: ${step.title}`;
    }
  }
}
