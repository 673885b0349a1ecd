/**
 * What the backend needs from the environment it runs in (desktop shell, web mode, command line, tests).
 * Keeps the handlers free of Electron and of any one transport.
 */
export interface Host {
  kind: 'desktop' | 'web';
  /** Where new projects and the sample copy are written when the user does not choose a path. */
  projectsDir: string;
  /** Where settings (recent files, user name) live. */
  dataDir: string;
  userName: string;
  /**
   * Turns a path received over the API into an absolute path the host allows.
   * Web mode allows file names inside the projects folder only.
   */
  resolveProjectPath(input: string): string;
  chooseOpenPath?: () => Promise<string | null>;
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Prints a standalone HTML document to PDF (the desktop app: Electron's printToPDF); absent: a Chromium found on the machine. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}
