/**
 * The CI rebuild's cache as `deploy.yml` keeps it: `actions/cache@v4` saves `.paperfold-cache/`
 * and `content/papers/` after a run as one tar archive compressed with zstd, and restores it
 * before the next run's `npm run build`. The benchmark times the restore (a runner waits for it
 * before building) and not the save (the action saves after the job's steps).
 * @see https://github.com/actions/toolkit/blob/main/packages/cache/src/internal/tar.ts
 */
import { spawnSync } from 'node:child_process';

/** The folders the cache holds, relative to the project. */
export const CACHED_PATHS = ['.paperfold-cache', 'content/papers'];

/** tar's compression as the action runs it on Linux: zstd with long-distance matching (a 1 GiB window). */
const COMPRESS = 'zstdmt --long=30';
const DECOMPRESS = 'unzstd --long=30';

/** Whether `tar` and `zstd` are on the PATH, as on a Linux runner. */
export function cacheArchivable(): boolean {
	return ['tar', 'zstd'].every((command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0);
}

/** Writes the cached folders of `project` into `archive`, as the action saves them; throws with tar's message on failure. */
export function saveCacheArchive(project: string, archive: string): void {
	const run = spawnSync('tar', ['--posix', '--use-compress-program', COMPRESS, '-cf', archive, '-P', ...CACHED_PATHS], { cwd: project, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`tar could not save the cache: ${run.stderr || run.error?.message}`);
}

/** The command that restores `archive` into `project`, as the action does: to be run and measured by the caller. */
export function restoreCommand(archive: string, project: string): { command: string; args: string[] } {
	return { command: 'tar', args: ['-xf', archive, '-P', '-C', project, '--use-compress-program', DECOMPRESS] };
}
