import { describe, expect, it } from 'vitest';
import { paperAsSubject } from './paper-as-subject.ts';

describe('paperAsSubject', () => {
	it('reads a law review\'s capitalised "the Article" with a verb wherever it stands, and "It" going on after it', () => {
		expect(
			paperAsSubject([
				'Zoning boards rarely explain their votes.',
				'This Article proposes a duty to give reasons.',
				'In broader terms, the Article reframes zoning as a bargain.',
				'It also offers a defense of the duty against its critics.',
				'Finally, the Article lays the groundwork for future work on other boards.',
			]),
		).toEqual([false, true, true, true, false]);
	});

	it('reads "It also reviews …" a sentence after the chapter names itself, but not "It" after the paper shows a thing', () => {
		expect(paperAsSubject(['This chapter reviews the law of takeovers.', 'The focus will be on boards.', 'It also reviews the law of 17 countries.'])).toEqual([false, false, true]);
		expect(paperAsSubject(['This article highlights an abscess as a source of infection.', 'It demonstrates resilience to treatment.'])).toEqual([false, false]);
		expect(paperAsSubject(['Markets fell in 2008.', 'It also reviews nothing.'])).toEqual([false, false]);
	});

	it('leaves a lower-case "the article" to the rules that read the paper as an opening subject', () => {
		expect(paperAsSubject(['In short, the article reframes zoning.'])).toEqual([false]);
	});

	it('reads "the chapter then explores …" after the opening as the paper\'s act, but not what "the study" shows or stresses', () => {
		expect(
			paperAsSubject([
				'Space food keeps astronauts well.',
				'The chapter then explores current innovations in space food technology.',
				'Looking forward, the chapter discusses the future of space food.',
				'The study underscores the role of familiar foods.',
				'The paper shows that packaging matters.',
			]),
		).toEqual([false, true, true, false, false]);
	});
});
