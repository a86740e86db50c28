import path from 'node:path';

/**
 * The one variable that names the build folder. `wxt build` writes `<folder>/chrome-mv3` and
 * `<folder>/firefox-mv2` there, and every test, bench and release check reads from it. Parallel
 * local builds (several engineers, one machine) each set their own; unset, it is `.output`.
 */
export const outDirVariable = 'WXT_OUT_DIR';

/** The build folder, absolute, for a checkout at `root`. */
export function outDir(root: string): string {
  return path.resolve(root, process.env[outDirVariable] || '.output');
}
