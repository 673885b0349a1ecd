import type { HandlerMap } from '../handler-types';
import { criteriaHandlers } from '../../vendors/criteria-handlers';
import { readEvaluation, readScores } from '../../vendors/read';
import { scoringHandlers } from '../../vendors/scoring-handlers';
import { sheetHandlers } from '../../vendors/sheet-handlers';
import { vendorHandlers } from '../../vendors/vendor-handlers';
import type { vendorsMethods } from '../../../../shared/api/methods/vendors';

/** Step 3: the vendor evaluation matrix, its scoring session and the evaluators' scoring sheets. */
export const vendorsHandlers: HandlerMap<keyof typeof vendorsMethods> = {
  'vendors.get': ({ scores }, ctx) => readEvaluation(ctx.session().db, scores !== false),
  'vendors.scores': (_input, ctx) => readScores(ctx.session().db),
  ...vendorHandlers,
  ...criteriaHandlers,
  ...scoringHandlers,
  ...sheetHandlers,
};
