import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listsBeforeKind } from './known-tool-mates.ts';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const lexicons = parseLexicons([
	{ file: 'content/lexicons/methods.yaml', text: '- name: VOSviewer\n  aliases: [VOS viewer]\n- name: RStudio\n  aliases: [R Studio]\n- name: Google Translate\n- name: AnglaBharti\n  aliases: [Angla Bharti]\n' },
]);
const names = (abstract: string) => extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}/${e.type}`);

// unseen-round31: "We utilized VOS viewer, Site Space, and R Studio tools for this analysis", "The tools tested for this
// research involves rule based systems(Angla Bharti and Anubaad), and statistical systems (Bing, Google translator, IM
// translate that is supported by Microsoft Translator, …)".
describe('knownToolMates', () => {
	it('takes the unknown names of a list of tools before the noun, typed as the known ones', () => {
		expect(names('We utilized VOS viewer, Zeta Map, and R Studio tools for this analysis.')).toEqual(['VOSviewer/method', 'Zeta Map/method', 'RStudio/method']);
	});

	it('takes the names of a bracketed list after the noun, cut before a relative clause', () => {
		expect(names('It tests rule based systems(Angla Bharti and Quillo), and statistical systems (Bing, Google Translate, XY translate that is run by others).')).toEqual([
			'AnglaBharti/method',
			'Quillo/method',
			'Bing/method',
			'Google Translate/method',
			'XY translate/method',
		]);
	});

	it('leaves a list with no known tool, a kind in lower case and a phrase a sentence opens with', () => {
		expect(names('We compared Zeta Map and Quillo tools.')).toEqual([]);
		expect(names('In this paper we compare Google Translate and other systems.')).toEqual(['Google Translate/method']);
	});
});

describe('listsBeforeKind', () => {
	// The pattern it replaces, tried from every position: what it finds must be found, and nothing else.
	const pattern = /([^.;:()]{3,160}?)\s+(?:tools|software|systems|engines|translators|packages|programs|programmes|services)\b/g;
	const byPattern = (text: string) => [...text.matchAll(pattern)].map((m) => ({ at: m.index, list: m[1]! }));

	it('finds what the pattern finds, on sentences of kind nouns, stops and long runs', () => {
		const piece = fc.constantFrom('tools', 'systems', 'programmes', 'programs', 'toolsets', ' ', '  ', '\n', '.', ';', ':', '(', ')', 'VOS viewer', 'R', 'and', ',', 'a'.repeat(70), 'x');
		fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')), (text) => {
			expect(listsBeforeKind(text)).toEqual(byPattern(text));
		}), { numRuns: 2000 });
	});

	it('reads a list before "tools" in its sentence', () => {
		const text = 'We utilized VOS viewer, Site Space, and R Studio tools for this analysis.';
		expect(listsBeforeKind(text)).toEqual([{ at: 0, list: 'We utilized VOS viewer, Site Space, and R Studio' }]);
	});
});
