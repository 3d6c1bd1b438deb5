import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/** Indexes the built site with Pagefind's Node API after `astro build`, as Starlight does. */
export function pagefind(): AstroIntegration {
	return {
		name: 'paperfold:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.PAPERFOLD_PAGEFIND === '0') return; // the benchmark runs and times Pagefind itself
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const errors: string[] = [];
				try {
					const created = await pagefindApi.createIndex({});
					errors.push(...created.errors);
					const index = created.index;
					if (index) {
						const added = await index.addDirectory({ path: outDir });
						errors.push(...added.errors);
						const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
						errors.push(...written.errors);
						if (!errors.length) {
							const seconds = ((performance.now() - started) / 1000).toFixed(1);
							logger.info(`Indexed ${added.page_count} pages in ${seconds} s.`);
						}
					}
				} finally {
					await pagefindApi.close();
				}
				if (errors.length) {
					for (const error of errors) logger.error(error);
					throw new Error('Pagefind failed to index the site; see the errors above.');
				}
			},
		},
	};
}
