/**
 * Hard-links the files of pages taken from the published site into the new one in the
 * background, while Astro renders the pages that changed. Each `getStaticPaths()` hands its
 * reused pages over as it finds them (`pagesToRender`), and the end of the build only waits
 * for what is left. A `mkdir` per page folder and a `link` per file are the costs (the disk's,
 * in the kernel): done with Node's asynchronous calls they run on libuv's threads, not on the
 * thread that renders. A copy stands in for a link where the file system has none.
 *
 * Nothing is written into a published file: a link is a new name for it, made in the new site
 * only, for a page Astro is not given (so never writes).
 */
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Links (or copies) files from one site folder into another. */
export interface PageLinker {
	/** The new site folder. */
	readonly to: string;
	/** Queues `file` (relative to both folders); a file queued twice is linked once. */
	add(file: string): void;
	/** Resolves once every queued file is in place; rejects with the first failure. */
	done(): Promise<void>;
}

/** Errors for which a copy stands in for the link: no hard links across devices or on this file system. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK']);

/** Hard-links `from` to `to`; a copy where the file system has no hard links or refuses one. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
	try {
		await link(from, to);
	} catch (error) {
		if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
		await copyFile(from, to);
	}
}

/**
 * A linker from `from` to `to` with at most `inFlight` files under way at once (enough to keep
 * libuv's threads busy, few enough not to crowd out the writes of the pages Astro renders).
 */
export function createPageLinker(from: string, to: string, inFlight = 16): PageLinker {
	const queued = new Set<string>();
	const waiting: string[] = [];
	let next = 0;
	const folders = new Map<string, Promise<unknown>>();
	let running = 0;
	let failure: { error: unknown } | null = null;
	let settle: (() => void) | null = null;

	const folder = (path: string) => {
		let made = folders.get(path);
		if (!made) folders.set(path, (made = mkdir(path, { recursive: true })));
		return made;
	};
	const finished = () => {
		if (running === 0 && next === waiting.length) settle?.();
	};
	const pump = () => {
		while (running < inFlight && next < waiting.length && !failure) {
			const file = waiting[next++]!;
			const target = join(to, file);
			running++;
			folder(dirname(target))
				.then(() => linkOrCopy(join(from, file), target))
				.catch((error: unknown) => {
					failure ??= { error };
				})
				.finally(() => {
					running--;
					if (failure) next = waiting.length;
					pump();
					finished();
				});
		}
	};
	return {
		to,
		add(file) {
			if (queued.has(file)) return;
			queued.add(file);
			waiting.push(file);
			pump();
		},
		done() {
			return new Promise<void>((resolve) => {
				settle = resolve;
				finished();
			}).then(() => {
				if (failure) throw failure.error;
			});
		},
	};
}
