import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { extractEntities } from '../../text/entities.ts';

const found = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => `${e.name}/${e.role}`);

describe('brandNamedParts in extractEntities', () => {
	it('names the paper\'s own system by its brand and part, and takes the brand\'s other parts as its own', () => {
		const abstract =
			'We introduce Vortal TTS, an expressive multilingual text-to-speech model. Vortal TTS combines two generators. ' +
			'Tokens are decoded with Vortal Codec, a speech tokenizer trained from scratch. Listeners prefer Vortal TTS.';
		expect(found('Vortal TTS', abstract)).toEqual(['Vortal TTS/introduced', 'Vortal Codec/introduced']);
	});

	it('takes a brand of two words, the words every mention shares, and not a sentence\'s first word before them', () => {
		const abstract = 'We introduce Kelp Sound R3, an open text-to-speech system. Listeners rate Kelp Sound R3 above its rivals. Kelp Sound Codec compresses it.';
		expect(found('Kelp Sound R3 Technical Report', abstract)).toEqual(['Kelp Sound R3/introduced', 'Kelp Sound Codec/introduced']);
		const opener = 'We introduce Kelp Sound R3, an open text-to-speech system. Today Kelp Sound R3 is free.';
		expect(found('Kelp Sound R3 Technical Report', opener)).toEqual(['Kelp Sound R3/introduced']);
	});

	it('leaves a name written once without the word before it, and a word the title does not hold', () => {
		const alone = 'We introduce Vortal TTS, an expressive text-to-speech model. TTS quality is judged by listeners.';
		expect(found('Vortal TTS', alone)).toEqual(['TTS/introduced']);
		const untitled = 'We introduce Vortal TTS, an expressive text-to-speech model. Vortal TTS is fast.';
		expect(found('Speech for all', untitled)).toEqual(['TTS/introduced']);
	});
});
