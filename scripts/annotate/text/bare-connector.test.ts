import { describe, expect, it } from 'vitest';
import { bareConnector } from './bare-connector.ts';
import { withoutConnector } from './standalone-sentence.ts';

const span = (text: string) => ({ start: 0, end: text.length, text });

describe('bareConnector', () => {
	it('finds a connector written without its comma', () => {
		expect(bareConnector('However misuse of biodiversity statistics can lead to trivial but real patterns.')?.[0]).toBe('However ');
		expect(bareConnector('Consequently the rate of change in soil properties was correlated with turnover.')?.[0]).toBe('Consequently ');
		expect(bareConnector('Thus the model fits both habitats.')?.[0]).toBe('Thus ');
	});

	it('keeps concessive "however", time phrases and words that only begin like a connector', () => {
		expect(bareConnector('However large the sample, bias remains.')).toBeNull();
		expect(bareConnector('However carefully it is tuned, the model drifts.')).toBeNull();
		expect(bareConnector('Thus far no study has tested it.')).toBeNull();
		expect(bareConnector('Hencefold is a new tool.')).toBeNull();
		expect(bareConnector('However, the model drifts.')).toBeNull(); // the comma form is the connector clause's
	});

	it('leaves the connector out of the TL;DR shown, the span covering the words shown', () => {
		const text = 'However misuse of biodiversity statistics can lead to trivial but real patterns (artifacts).';
		expect(withoutConnector(span(text)).text).toBe('misuse of biodiversity statistics can lead to trivial but real patterns (artifacts).');
		expect(withoutConnector(span(text)).start).toBe('However '.length);
	});
});
