import { describe, expect, it } from 'vitest';
import { withTexSpecialsRead } from './tex-specials.ts';

describe('withTexSpecialsRead', () => {
	it.each([
		// Hugging Face papers API abstracts (scripts/eval/listings/unseen-round28-hf-daily-2026-03-02.json).
		['delivering 100\\%, 100\\%, and 96\\%', 'delivering 100%, 100%, and 96%'],
		['cuts token usage by 50--90\\% while', 'cuts token usage by 50–90% while'],
		// arXiv API Atom (scripts/eval/listings/unseen-round13-arxiv-astronomy-2026.xml).
		['recovers 80$\\%$ of planets', 'recovers 80% of planets'],
		['recovers $88\\%$ and $9.5\\%$', 'recovers 88% and 9.5%'],
		['R\\&D spending, item \\#3, snake\\_case and \\$5', 'R&D spending, item #3, snake_case and $5'],
		// Ties: scripts/eval/listings/unseen-round31-hf-daily-2026-03-31.json, hf-daily-2024-10-25.json, unseen-round13-arxiv-astronomy-2026.xml.
		['three levels: (1)~QA Data Synthesis', 'three levels: (1) QA Data Synthesis'],
		['Temporal Difference~(TD) Learning', 'Temporal Difference (TD) Learning'],
		['a resolution of $4$~eV at 6~keV', 'a resolution of $4$ eV at 6 keV'],
	])('reads TeX escapes as the characters they print: %s', (typed, read) => {
		expect(withTexSpecialsRead(typed)).toBe(read);
	});

	it.each(['a $\\times$ sign and \\textbf{bold}', 'state-of-the-art --- a dash', 'pages 3---5', 'plain text', 'pass@20 (~45.5) and ~10% more', 'see http://x.edu/~user/'])(
		'leaves maths, other commands and other dashes as written: %s',
		(text) => {
			expect(withTexSpecialsRead(text)).toBe(text);
		},
	);
});
