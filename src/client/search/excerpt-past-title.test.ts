import { describe, expect, it } from 'vitest';
import { excerptPastTitle, titleWordCount } from './excerpt-past-title.ts';

/** A result's data as Pagefind gives it: matches of `terms` weighted 7 in the title's words, 1 after. */
function result(title: string, abstract: string, terms: string[]) {
	const raw_content = `${title}. ${abstract}`;
	const words = raw_content.split(/\s+/);
	const titleWords = title.split(/\s+/).length;
	const locations = words.flatMap((w, i) => (terms.includes(w.replace(/\W+$/, '').toLowerCase()) ? [i] : []));
	return {
		raw_content,
		locations,
		weighted_locations: locations.map((location) => ({ location, balanced_score: location < titleWords ? 7 : 1 })),
		excerpt: 'PAGEFIND',
	};
}

describe('titleWordCount', () => {
	it('counts the title words the text opens with, the full stop Pagefind adds ignored', () => {
		expect(titleWordCount(['Learning', 'to', 'Jump.', 'We', 'jump.'], 'Learning to Jump')).toBe(3);
	});

	it('is 0 when the text does not open with the title, or is nothing but the title', () => {
		expect(titleWordCount(['We', 'jump', 'high.'], 'Learning to Jump')).toBe(0);
		expect(titleWordCount(['Learning', 'to', 'Jump.'], 'Learning to Jump')).toBe(0);
	});
});

describe('excerptPastTitle', () => {
	const title = 'Jumping Agents Learn to Jump';
	const abstract = 'Background words come first here. Then agents jump over walls. The end.';

	it('takes the excerpt after the title, around the matches there, marked', () => {
		expect(excerptPastTitle(result(title, abstract, ['jump', 'agents']), title, 4)).toBe('Then <mark>agents</mark> <mark>jump</mark> over');
	});

	it("opens the text after the title when the query is only in the title", () => {
		expect(excerptPastTitle(result(title, abstract, ['jumping']), title, 4)).toBe('Background words come first');
	});

	it("keeps Pagefind's excerpt when the text does not open with the title", () => {
		expect(excerptPastTitle(result('Another Title', abstract, ['jump']), title, 6)).toBe('PAGEFIND');
	});

	it('shows the whole rest when it is shorter than the excerpt', () => {
		expect(excerptPastTitle(result(title, 'Agents jump.', ['jump']), title, 32)).toBe('Agents <mark>jump.</mark>');
	});
});
