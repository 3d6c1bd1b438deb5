/**
 * The benchmark's baseline: the same papers as bare MDX pages (title + abstract, nothing
 * else) in a plain Astro + MDX project, the way most people would build such a site.
 * Pure: returns the project's files; `run.ts` writes them and runs `astro build` + the
 * Pagefind CLI on them.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { SeedPaper } from './synthesize.ts';

/** A file of the baseline project, relative to its root. */
export interface ProjectFile {
	path: string;
	content: string;
}

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const papers = defineCollection({
	loader: glob({ base: './content/papers', pattern: '*.mdx' }),
	schema: z.object({ title: z.string() }),
});

export const collections = { papers };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const papers = await getCollection('papers');
	return papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}

const { paper } = Astro.props;
const { Content } = await render(paper);
---
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width" />
		<title>{paper.data.title}</title>
	</head>
	<body>
		<main data-pagefind-body>
			<h1>{paper.data.title}</h1>
			<Content />
		</main>
	</body>
</html>
`;

/** One bare page: YAML title, the abstract as one MDX paragraph (escaped by the serialiser). */
export function renderBaselineMdx(paper: SeedPaper): string {
	const body = toMarkdown(
		{ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: paper.abstract }] }] },
		{ extensions: [mdxToMarkdown()] },
	);
	return `---\n${stringify({ title: paper.title })}---\n\n${body}`;
}

/** Every file of the baseline project except `node_modules`: config, one page route, the pages. */
export function baselineProjectFiles(papers: SeedPaper[]): ProjectFile[] {
	const slugger = new GithubSlugger();
	return [
		{ path: 'package.json', content: `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, '\t')}\n` },
		{ path: 'astro.config.mjs', content: ASTRO_CONFIG },
		{ path: 'src/content.config.ts', content: CONTENT_CONFIG },
		{ path: 'src/pages/[...slug].astro', content: PAGE },
		...papers.map((paper) => ({ path: `content/papers/${slugger.slug(paper.title)}.mdx`, content: renderBaselineMdx(paper) })),
	];
}
