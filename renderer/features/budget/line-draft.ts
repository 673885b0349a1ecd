import { formatMinorPlain, parseMoney, parseQuantity } from '../../../shared/rules/budget/currency';
import { CostLineFields, type CostLine } from '../../../shared/schemas/budget';
import type { FieldErrors } from '../../components/form-errors';
import { zodFieldErrors } from '../../components/form-errors';

/** A cost line as the form holds it: text, as typed; money in major units of the line's currency. */
export interface LineDraft {
  category: string;
  description: string;
  costType: string;
  quantity: string;
  unitCost: string;
  currency: string;
  startMonth: string;
  endMonth: string;
  scheduleFrom: string;
  stepKey: string;
  taskId: string;
  waveId: string;
  vendorId: string;
  committed: string;
  actual: string;
  notes: string;
}

export type LineField = keyof LineDraft;

export function emptyDraft(currency: string, month: string): LineDraft {
  return {
    category: 'licences', description: '', costType: 'one_off', quantity: '1', unitCost: '', currency, startMonth: month, endMonth: month,
    scheduleFrom: 'line', stepKey: '', taskId: '', waveId: '', vendorId: '', committed: '0', actual: '0', notes: '',
  };
}

export function draftOf(line: CostLine): LineDraft {
  return {
    category: line.category, description: line.description, costType: line.costType, quantity: String(line.quantity),
    unitCost: formatMinorPlain(line.unitCost, line.currency), currency: line.currency, startMonth: line.startMonth, endMonth: line.endMonth,
    scheduleFrom: line.scheduleFrom, stepKey: line.stepKey ?? '', taskId: line.taskId ?? '', waveId: line.waveId ?? '', vendorId: line.vendorId ?? '',
    committed: formatMinorPlain(line.committed, line.currency), actual: formatMinorPlain(line.actual, line.currency), notes: line.notes,
  };
}

/** Reads the draft into the API's fields, with a message per field for what cannot be read or breaks a rule. */
export function readDraft(draft: LineDraft): { fields: CostLineFields | null; errors: FieldErrors<LineField> } {
  const errors: FieldErrors<LineField> = {};
  const money = (field: 'unitCost' | 'committed' | 'actual') => {
    const parsed = parseMoney(draft[field], draft.currency);
    if (!parsed.ok) errors[field] = parsed.message;
    return parsed.ok ? parsed.minor : 0;
  };
  const quantity = parseQuantity(draft.quantity);
  if (!quantity.ok) errors.quantity = quantity.message;
  const candidate = {
    category: draft.category, description: draft.description, costType: draft.costType, quantity: quantity.ok ? quantity.value : 0,
    unitCost: money('unitCost'), currency: draft.currency, startMonth: draft.startMonth, endMonth: draft.endMonth,
    scheduleFrom: draft.scheduleFrom, stepKey: draft.stepKey || null, taskId: draft.taskId || null, waveId: draft.waveId || null,
    vendorId: draft.vendorId || null, committed: money('committed'), actual: money('actual'), notes: draft.notes,
  };
  const parsed = CostLineFields.safeParse(candidate);
  const schemaErrors = parsed.success ? {} : zodFieldErrors<LineField>(parsed.error);
  const all = { ...schemaErrors, ...errors };
  return { fields: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors: all };
}
