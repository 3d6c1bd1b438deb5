/**
 * Checks made before anything is read or written, so that a mistake in the command line
 * or the environment costs nothing: the site variables, and whether the output folders
 * are paperfold's to replace.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ForeignFolderError, checkOutputFolder, type OutputKind } from '../write/output-marker.ts';
import { BuildError, EXIT, type BuildOptions } from './args.ts';
import { checkSiteEnv, type SiteEnv } from './site-env.ts';

/** Default output folders, accepted without a marker when they hold only generated files. */
const DEFAULTS: Record<OutputKind, string> = { papers: 'content/papers', site: 'dist' };

/** Throws a `BuildError` (exit 2) on a bad setting; returns the site settings (null with `--no-site`). */
export function preflight(root: string, options: BuildOptions): SiteEnv | null {
	let site: SiteEnv | null = null;
	try {
		if (options.site) site = checkSiteEnv(process.env);
	} catch (error) {
		throw new BuildError((error as Error).message, EXIT.usage);
	}
	const out = checkOutput(root, '--out', options.out, 'papers');
	if (site) {
		const dist = checkOutput(root, '--dist', options.dist, 'site');
		if (contains(out, dist) || contains(dist, out)) {
			throw new BuildError(`--out ${options.out} and --dist ${options.dist}: one holds the other; each build replaces both whole.`, EXIT.usage);
		}
	}
	return site;
}

function checkOutput(root: string, option: string, value: string, kind: OutputKind): string {
	const dir = resolve(root, value);
	try {
		checkOutputFolder(dir, kind, { option: `${option} ${value}`, isDefault: dir === resolve(root, DEFAULTS[kind]) });
	} catch (error) {
		if (error instanceof ForeignFolderError) throw new BuildError(error.message, EXIT.usage);
		throw error;
	}
	return dir;
}

/** True when `inner` is `outer` or inside it. */
function contains(outer: string, inner: string): boolean {
	const path = relative(outer, inner);
	return !isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`);
}
