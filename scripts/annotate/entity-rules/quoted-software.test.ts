import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (abstract: string) => extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}/${e.type}/${e.role}`);

// unseen-round32 space tourism: 'through the lens of "The Climb, " a software initially introduced as both a game and …'.
describe('quotedSoftware in extractEntities', () => {
	it('takes a quoted title the text calls software, a game or an app', () => {
		expect(names('We study virtual travel through "The Summit, " a software first released as a game.')).toContain('The Summit/method/used');
		expect(names('Learners used “Word Garden”, a mobile application for vocabulary.')).toContain('Word Garden/method/used');
	});

	it('leaves a quoted phrase called something else', () => {
		expect(names('We call it "The Summit", a feeling of arrival.')).not.toContain('The Summit/method/used');
	});
});
