// The first line of a tool's kept output (docs/*.txt): the command, the commit it ran at (and
// whether the work tree had changes besides that output) and the time, so that every figure in
// it can be traced to the code that printed it.
import { execFileSync } from 'node:child_process';

const git = (...args) => { try { return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; } };

/** `# <command> at <commit>[ with uncommitted changes], <UTC time>Z`; `output` (the file the tool
 * writes) does not count as a change. */
export function madeBy(command, output) {
  const commit = git('rev-parse', '--short', 'HEAD') ?? 'no commit';
  const changed = git('status', '--porcelain', '--', '.', `:!${output}`);
  return `# ${command} at ${commit}${changed ? ' with uncommitted changes' : ''}, ${new Date().toISOString().slice(0, 16)}Z`;
}
