import type { ComponentType } from 'react';
import type { StepKey } from '../../../shared/steps';

/**
 * The step-specific content of a step page (the team and RACI, requirements, the vendor matrix, ...),
 * shown between the status card and the step's tasks. Each feature area registers its panel here with one line.
 */
export const STEP_PANELS: Partial<Record<StepKey, ComponentType>> = {};
