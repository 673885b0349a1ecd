import type { ComponentType } from 'react';
import type { StepKey } from '../../../shared/steps';
import { TeamPanel } from '../team/TeamPanel';
import { RequirementsPanel } from '../requirements/RequirementsPanel';
import { TrainingPanel } from '../training/TrainingPanel';
import { CommunicationsPanel } from '../communications/CommunicationsPanel';
import { VendorsPanel } from '../vendors/VendorsPanel';
import { PilotPanel } from '../pilot/PilotPanel';
import { DeploymentPanel } from '../deployment/DeploymentPanel';
import { MonitoringPanel } from '../monitoring/MonitoringPanel';
import { ContingencyPanel } from '../governance/ContingencyPanel';
import { PlanPanel } from './PlanPanel';

/**
 * The step-specific content of a step page (the team and RACI, requirements, the vendor matrix, ...),
 * shown between the status card and the step's tasks. Each feature area registers its panel here with one line.
 */
export const STEP_PANELS: Partial<Record<StepKey, ComponentType>> = {
  team: TeamPanel,
  requirements: RequirementsPanel,
  communications: CommunicationsPanel,
  training: TrainingPanel,
  vendors: VendorsPanel,
  plan: PlanPanel,
  pilot: PilotPanel,
  deployment: DeploymentPanel,
  monitoring: MonitoringPanel,
  contingency: ContingencyPanel,
};
