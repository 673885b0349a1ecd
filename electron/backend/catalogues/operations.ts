import risks from '../../../resources/catalogues/risks.json';
import kpis from '../../../resources/catalogues/kpis.json';
import compliance from '../../../resources/catalogues/compliance.json';
import { ComplianceCatalogue, KpiLibrary, RiskCatalogue, type OperationsCatalogues } from '../../../shared/schemas/operations-catalogues';

/** The shipped catalogues, validated once like any other input: a broken file fails loudly in the tests, not in a view. */
export const OPERATIONS_CATALOGUES: OperationsCatalogues = {
  risks: RiskCatalogue.parse(risks),
  kpis: KpiLibrary.parse(kpis),
  compliance: ComplianceCatalogue.parse(compliance),
};
