import { z } from 'zod';

/** Declares an API method: its input schema now, its output type through `.returns<T>()`. */
export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>() {
      return { input, output: undefined as unknown as O };
    },
  };
}

/** The input of methods that take none: exactly `{}`. */
export const Empty = z.object({}).strict();
