import { z } from 'zod';

/** Commands the desktop menu sends to the renderer; the web mode's UI triggers the same ones from its own buttons. */
export const MENU_COMMANDS = ['new', 'open', 'open-sample', 'save-as', 'close', 'undo', 'redo', 'theme-light', 'theme-dark', 'theme-projection', 'theme-system'] as const;
export const MenuCommand = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('menu'), command: MenuCommand }),
  z.object({ type: z.literal('open-file'), path: z.string() }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
