/**
 * fast-check arbitraries for the verbatim property (issue 4): titles and abstracts
 * from arbitrary Unicode mixed with MDX, HTML and Markdown syntax, wrapped in valid
 * `Paper` records whose annotation spans fall anywhere in the abstract.
 *
 * Domain: any Unicode scalar value except NUL and CR. Those two cannot reach a page
 * as themselves in any HTML document (the HTML parser turns NUL into U+FFFD and CR
 * into LF), so ingest normalises them; everything else must come out verbatim.
 */
import fc from 'fast-check';
import type { Paper, Span } from '../../../src/shared/paper-schema.ts';

/** Fragments that mean something to MDX, JSX, HTML, Markdown, GFM, YAML or a browser. */
const SYNTAX = [
	'{', '}', '{x}', '{1+1}', '{/* c */}', '<', '>', '</', '<>', '</>', '<Foo />', '<x-y>', '$', '$$', '$\\alpha$', '\\', '\\\\', '`', '```',
	'~~~', '*', '**', '_', '__', '[', ']', '(', ')', '![i](/x.png)', '[a](/b)', '[a]: /b', '[^1]', '#', '# ', '|', '| - |', '~', '~~',
	':', ': ', '&', '&amp;', '&#x20;', '&#0;', '&lt;', ';', '"', "'", '=', '-', '- ', '+', '+++', '---', '***', '===', '.', '1. ', '1) ',
	'> ', '^', '%', '@', '!', '?', '\n', '\n\n', ' ', '  ', '    ', '\t', '\f', '\v', 'import ', 'export ', '\nimport a from "b"\n',
	'\nexport const x = 1\n', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<style>*{display:none}</style>',
	'</p>', '<!--', '-->', '<![CDATA[x]]>', 'javascript:alert(1)', 'https://example.com/a_b*c', 'www.example.com', 'a@b.co',
	'<https://x.y>', '😀', '👩🏽‍🔬', '🇯🇵', '日本語の論文', '强化学习', 'עברית', 'العربية', '\u200b', '\u200d', '\u200f', '\u202e',
	'\u2028', '\u2029', '\u00a0', '\ufeff', '\u0085', 'e\u0301', '\ufffd', 'yes', 'no', 'null', '~', '2023-05-16', '0x1F', '1e3',
	'- [ ] ', '- [x] ', '\\n', '%20', 'constructor', '__proto__',
];

const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
);

/** Arbitrary non-empty text in the verbatim domain (see the file comment). */
export const arbitraryText = (maxPieces = 30): fc.Arbitrary<string> =>
	fc
		.array(piece, { minLength: 1, maxLength: maxPieces })
		.map((pieces) => pieces.join('').replace(/[\0\r]/g, ''))
		.filter((text) => text.length > 0);

/** Code-point boundaries of a string, so spans never split a surrogate pair. */
function boundaries(text: string): number[] {
	const points = [0];
	let position = 0;
	for (const char of text) points.push((position += char.length));
	return points;
}

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** A valid paper with the given text and annotation spans chosen from `picks` (numbers in [0, 1)). */
export function paperWithText(id: string, title: string, abstract: string, picks: number[], label: string): Paper {
	const points = boundaries(abstract);
	const at = (fraction: number) => points[Math.floor(fraction * points.length)]!;
	const spans: Span[] = [];
	for (let i = 0; i + 1 < picks.length; i += 2) {
		const [a, b] = [at(picks[i]!), at(picks[i + 1]!)].sort((x, y) => x - y) as [number, number];
		if (b > a) spans.push(spanOf(abstract, a, b));
	}
	const whole = spanOf(abstract, 0, abstract.length);
	const kinds = spans.map((span, i) => ({ span, kind: i % 4 }));
	return {
		id,
		title,
		abstract,
		// Arbitrary text in a part joined to the abstract too: its heading and lines are printed as they are.
		abstractSections: [{ heading: label, items: [title, abstract], list: picks.length % 2 === 0 }],
		authors: [label],
		authorCount: 1,
		organization: label,
		published: '2024-01-02',
		comments: null,
		upvotes: null,
		arxivId: null,
		doi: null,
		venue: { name: label, kind: 'journal' as const },
		links: kinds.filter((k) => k.kind === 0).map(({ span }) => ({ url: 'https://example.org/a_b?c=d&e=(f)#g', kind: 'other' as const, span })),
		tldr: whole,
		summary: { problem: [], approach: [whole], results: [] },
		topics: [{ id: 'verbatim', derived: false }],
		entities: kinds
			.filter((k) => k.kind === 1)
			.map(({ span }, i) => ({ id: `entity-${i}`, name: label, type: 'method' as const, role: 'used' as const, spans: [span] })),
		acronyms: kinds.filter((k) => k.kind === 2).map(({ span }) => ({ short: span.text, long: label, span })),
		keyphrases: kinds.filter((k) => k.kind === 0).map(({ span }) => span),
		claims: kinds.filter((k) => k.kind === 3).map(({ span }) => ({ value: span, sentence: whole, about: ['method/entity-0'], measure: span })),
		related: [],
		huggingFace: { aiSummary: label, aiKeywords: [label] },
		sources: [{ file: 'generated.json', format: 'hf-json', line: 1 }],
	};
}

/** An arbitrary valid paper whose title, abstract and labels are arbitrary text. */
export const arbitraryPaper = (id = 'verbatim'): fc.Arbitrary<Paper> =>
	fc
		.tuple(arbitraryText(12), arbitraryText(), fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 12 }), arbitraryText(6))
		.map(([title, abstract, picks, label]) => paperWithText(id, title, abstract, picks, label));

/**
 * A text as a page's DOM holds it. The one change allowed: spaces and tabs next to a
 * line break, which mdast-util-to-hast trims (HTML never displays them: they collapse
 * with the line break into one space). Everything else must be identical.
 */
export const asPageText = (text: string): string => text.replace(/[ \t]*\n[ \t]*/g, '\n');
