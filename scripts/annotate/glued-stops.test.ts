import { describe, expect, it } from 'vitest';
import { gluedStopBreaks } from './glued-stops.ts';
import { splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('gluedStopBreaks', () => {
	it('finds the space after a full stop glued to a unit', () => {
		const text = 'It flows at 8 cm/s. The rest is slow.';
		expect(gluedStopBreaks(text, 0, text.length)).toEqual([19]);
	});

	it('offsets its breaks by where the range starts', () => {
		const text = 'First one. It flows at 8 cm/s. The rest is slow.';
		expect(gluedStopBreaks(text, 11, text.length)).toEqual([30]);
	});

	it('finds nothing without a full stop before a capital', () => {
		expect(gluedStopBreaks('It flows at 8 cm/s and more', 0, 27)).toEqual([]);
	});
});

describe('splitSentences after a glued full stop', () => {
	it('ends a sentence after a coordinate or a unit of several letters', () => {
		expect(texts('The array spans the basin at 26.5°N. In addition, waves are analysed.')).toEqual([
			'The array spans the basin at 26.5°N.',
			'In addition, waves are analysed.',
		]);
		expect(texts('It exceeds 10e-9 W/kg for flows greater than 8 cm/s. The present study underlines this.')).toEqual([
			'It exceeds 10e-9 W/kg for flows greater than 8 cm/s.',
			'The present study underlines this.',
		]);
		expect(texts('We estimated turnover for spatial lags of 1–41 m. We found that soil mattered.')).toEqual([
			'We estimated turnover for spatial lags of 1–41 m.',
			'We found that soil mattered.',
		]);
		expect(texts('Transmission falls to zero above 32–38ºC. Different traits restrict it.')).toEqual([
			'Transmission falls to zero above 32–38ºC.',
			'Different traits restrict it.',
		]);
		expect(texts('Latency stays under 20 ms. Then the queue drains.')).toEqual(['Latency stays under 20 ms.', 'Then the queue drains.']);
	});

	it('ends a sentence after a temperature whose degree sign is written out', () => {
		expect(texts('The effect was observable only at 21 degrees C. Survival to subimago increased.')).toEqual([
			'The effect was observable only at 21 degrees C.',
			'Survival to subimago increased.',
		]);
		expect(texts('Strikes were filmed at body temperatures ranging from 15-35 degrees C. We found that speed rose.')).toEqual([
			'Strikes were filmed at body temperatures ranging from 15-35 degrees C.',
			'We found that speed rose.',
		]);
		expect(texts('Eggs were kept at 70 degree F. Hatching took a week.')).toEqual(['Eggs were kept at 70 degree F.', 'Hatching took a week.']);
	});

	it('ends a sentence after a doubled full stop before a capitalised word, not after an ellipsis', () => {
		expect(texts('The drugs most studied were cephalosporins for E. coli. . Random forest was the most employed algorithm.')).toEqual([
			'The drugs most studied were cephalosporins for E. coli. .',
			'Random forest was the most employed algorithm.',
		]);
		expect(texts('The result holds.. Next comes the proof.')).toEqual(['The result holds..', 'Next comes the proof.']);
		expect(texts('It waits... Then it runs on.')).toEqual(['It waits... Then it runs on.']);
	});

	it('ends a sentence after a one-letter symbol in lower case, or after "etc." before a capitalised word', () => {
		expect(texts('The number of factors K may grow with p. We study p and K.')).toEqual([
			'The number of factors K may grow with p.',
			'We study p and K.',
		]);
		expect(texts('It needs a road network, a cost function, etc. Providing them takes pages.')).toEqual([
			'It needs a road network, a cost function, etc.',
			'Providing them takes pages.',
		]);
	});

	it('keeps abbreviations that stand after numbers or before names inside the sentence', () => {
		for (const text of [
			'Model 3 vs. Model 4 differ little in the end.',
			'The ruling of Roe v. Wade is cited by 12 papers.',
			'It was first noted by J. Smith in 2019 with care.',
			'It beats PaLM, Minerva, etc. on the GSM8K benchmark.',
			'The survey of 2019 St. Louis households found more.',
		]) {
			expect(texts(text)).toEqual([text]);
		}
	});
});
