/**
 * Text that MDX, Markdown and HTML would read as syntax must reach the page verbatim,
 * and an HTML payload in an abstract must stay inert.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeCopy, type BuiltSite } from '../helpers/build-site.ts';
import { readPage, select, selectAll, toText } from '../helpers/html.ts';

const fixture = join(import.meta.dirname, 'fixtures/hostile-abstract/listing.txt');
let built: BuiltSite;

beforeAll(() => {
	built = buildSite({ args: ['--source', fixture] });
});
afterAll(() => removeCopy(built.root));

describe('a paper whose title and abstract contain syntax', () => {
	const page = () => {
		const [slug] = readdirSync(join(built.dist, 'papers'), { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name);
		return readPage(built.dist, `papers/${slug}/`);
	};

	it('builds, showing the title literally and its maths typeset', () => {
		const h1 = select('h1', page())!;
		expect(select('.katex', h1)).not.toBeNull();
		// KaTeX's MathML (α), its TeX annotation and its visual copy (α) stand where `$\\alpha$` was.
		expect(toText(h1).trim()).toBe('Braces {x}, Scripts and α\\alphaα: A Stress Test for Verbatim Pages');
	});

	it('shows {x}, the script tag and Markdown as text', () => {
		const text = toText(select('article', page())!);
		expect(text).toContain('a set {x} of tokens');
		expect(text).toContain('whether <script>alert(1)</script> stays inert');
		// Balanced $…$ is maths, typeset by KaTeX (tests/maths); the rest stays as written.
		expect(text).toContain(' and `code` and *stars* and <b>tags</b> as written');
		expect(selectAll('.katex annotation', select('article', page())!).map((a) => toText(a))).toContain('\\alpha');
		expect(text).toContain("import foo from 'bar' must not become an import");
		expect(text).toContain('including emoji 🧪 and a|pipe.');
	});

	it('creates no element from the payload', () => {
		const scripts = selectAll('script', page()).map((s) => toText(s));
		expect(scripts.some((code) => code.includes('alert(1)'))).toBe(false);
		expect(selectAll('article b', page())).toHaveLength(0);
	});
});
