export const PRICING_MODELS = ['seat', 'token', 'credits', 'flat', 'custom'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

export const PRICING_MODEL_LABELS: Record<PricingModel, string> = {
  seat: 'Per seat',
  token: 'Per token (usage)',
  credits: 'Prepaid credits',
  flat: 'Flat licence',
  custom: 'Custom / negotiated',
};

/** Price inputs in integer minor units of the project currency. */
export interface PriceInputs {
  /** Per user per month (licence or seat). */
  seatPerMonth: number;
  /** Expected usage spend per user per month (tokens, credits). */
  usagePerUserMonth: number;
  /** Platform, support or flat licence fees per year. */
  annualFixed: number;
  /** One-off set-up, integration and migration. */
  oneOff: number;
}

export interface Tco {
  years: number;
  headcount: number;
  perYear: number[];
  total: number;
  perUserPerMonth: number;
}

/**
 * Three-year cost of ownership: the one-off cost in year one, then each year the fixed fees plus twelve months
 * of seat and usage costs for the headcount. All in minor units, rounded to whole units.
 */
export function threeYearTco(price: PriceInputs, headcount: number, years = 3): Tco {
  const users = Math.max(0, Math.round(headcount));
  const recurring = price.annualFixed + 12 * users * (price.seatPerMonth + price.usagePerUserMonth);
  const perYear = Array.from({ length: years }, (_, y) => Math.round(recurring + (y === 0 ? price.oneOff : 0)));
  const total = perYear.reduce((a, b) => a + b, 0);
  return { years, headcount: users, perYear, total, perUserPerMonth: users > 0 ? Math.round(total / (users * 12 * years)) : 0 };
}
