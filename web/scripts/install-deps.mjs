// Runs `npm ci` unless node_modules already matches package-lock.json, so repeated Maven builds
// skip a 30-second reinstall. npm writes node_modules/.package-lock.json on every install.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

const lock = mtime('package-lock.json');
const installed = mtime('node_modules/.package-lock.json');
if (lock !== undefined && installed !== undefined && installed >= lock) {
  console.log('stratus-web: node_modules is up to date, skipping npm ci');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
