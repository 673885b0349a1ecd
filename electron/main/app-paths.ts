import path from 'node:path';

/** Where the built app keeps its parts, from app.getAppPath(): the repository in development, app.asar when packaged. */
export function appPaths(appRoot: string) {
  return {
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    icon: path.join(appRoot, 'resources', 'icons', 'icon.png'),
    // Other programs cannot read inside app.asar, so the browser gets the unpacked copy (asarUnpack in electron-builder.yml).
    documentation: outsideAsar(path.join(appRoot, 'resources', 'docs', 'index.html')),
  };
}

export function outsideAsar(filePath: string): string {
  return filePath
    .split(path.sep)
    .map((segment) => (segment === 'app.asar' ? 'app.asar.unpacked' : segment))
    .join(path.sep);
}
