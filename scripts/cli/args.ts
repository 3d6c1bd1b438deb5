/**
 * The command line of `npm run build`: a pure parser from argv to options.
 */
import { parseArgs } from 'node:util';
import { describeFormats } from '../ingest/index.ts';

/** What `scripts/build.ts` was asked to do. */
export interface BuildOptions {
	/** Listing files or globs; empty means every file in `content/sources/`. */
	sources: string[];
	/** Folder the generated pages go to. */
	out: string;
	/** Folder Astro writes the site to. */
	dist: string;
	taxonomy: string;
	lexicons: string;
	notes: string;
	/** Fail on the first bad record instead of skipping it. */
	strict: boolean;
	/** Generate `content/papers/` only; do not run Astro and Pagefind. */
	site: boolean;
	help: boolean;
}

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, input: 1, usage: 2, site: 3, busy: 4 } as const;

// In the global symbol registry, so one module's copy knows another's errors: the generator runs from a bundle
// (`generator-bundle.ts`) that holds its own copy of this module, and `instanceof` sees only one copy's class.
const BUILD_ERROR = Symbol.for('paperfold.BuildError');

/** A failure with an exit code and a message meant for people, not a stack trace. */
export class BuildError extends Error {
	code: number;
	readonly [BUILD_ERROR] = true;
	constructor(message: string, code: number) {
		super(message);
		this.code = code;
	}
}

/** Whether `error` is a `BuildError` made by any copy of this module (the sources' or the generator bundle's). */
export function isBuildError(error: unknown): error is BuildError {
	return typeof error === 'object' && error !== null && BUILD_ERROR in error;
}

export const HELP = `paperfold — turn paper listings into a static site of annotated summaries

Usage: npm run build -- [options]
       node scripts/build.ts [options]

Options:
  --source FILE|GLOB   a listing to read, in any input format below (detected from
                       content); repeatable. Default: every file in content/sources/
  --out DIR            where generated pages go (default: content/papers)
  --dist DIR           where the site is built (default: dist)
                       Both are replaced whole, so each must be new, empty, or
                       made by paperfold (it holds a .paperfold-output file).
  --taxonomy FILE      topic taxonomy (default: content/taxonomy.yaml; if missing,
                       topics are derived from the collection)
  --lexicons DIR       entity lexicons (default: content/lexicons)
  --notes DIR          readers' notes, never written (default: content/notes)
  --strict             fail on the first bad record instead of skipping it
  --no-site            generate pages only; skip astro build and Pagefind
  -h, --help           show this help

Input formats:
${describeFormats()}

Environment:
  SITE_URL=https://USER.github.io BASE_PATH=/REPO/   build for GitHub Pages
                       (SITE_URL: an absolute http(s) URL; a path in it is the
                       base path when BASE_PATH is unset. BASE_PATH: a path.)
  CI=true              no progress output

Exit codes: 0 built
            1 bad input: a source file yielded no paper (binary, not UTF-8/UTF-16
              text, unreadable, no record in a known format), a taxonomy or lexicon
              error, or any skipped record with --strict; nothing was written
            2 bad command line or environment: unknown option, a --source that names
              no file or matches none, BASE_PATH or SITE_URL malformed, an --out or
              --dist folder that paperfold did not make
            3 the site build (Astro or Pagefind) failed; the previous site is kept
            4 another build is running in this folder`;

/** Parses argv (without `node script`); throws a `TypeError` with a readable message on bad usage. */
export function parseBuildArgs(argv: string[]): BuildOptions {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		allowPositionals: false,
		options: {
			source: { type: 'string', multiple: true, default: [] },
			out: { type: 'string', default: 'content/papers' },
			dist: { type: 'string', default: 'dist' },
			taxonomy: { type: 'string', default: 'content/taxonomy.yaml' },
			lexicons: { type: 'string', default: 'content/lexicons' },
			notes: { type: 'string', default: 'content/notes' },
			strict: { type: 'boolean', default: false },
			'no-site': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	return {
		sources: values.source,
		out: values.out,
		dist: values.dist,
		taxonomy: values.taxonomy,
		lexicons: values.lexicons,
		notes: values.notes,
		strict: values.strict,
		site: !values['no-site'],
		help: values.help,
	};
}
