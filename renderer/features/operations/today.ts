import { format } from 'date-fns';

/** Today on this computer's calendar, as a plan date. */
export const todayIso = () => format(new Date(), 'yyyy-MM-dd');
