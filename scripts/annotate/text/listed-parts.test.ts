import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';
import { listedParts } from './listed-parts.ts';
import { splitSummary } from './summary.ts';

describe('listedParts', () => {
	it('reads the sentences whose subject is a part the system was said to consist of', () => {
		expect(
			listedParts([
				'The proposed system consists of six flow sensors, a radio hub and a cloud dashboard.',
				'Flow sensors sample the pipe every second.',
				'The hub batches and signs the readings.',
				'A message broker running on the dashboard queues them.',
			]),
		).toEqual([false, true, true, false]);
	});

	it('leaves a part told with how it did, and sentences with no list before them', () => {
		expect(listedParts(['The prototype comprises a pump and a valve.', 'The pump reduced energy use by 30%.'])).toEqual([false, false]);
		expect(listedParts(['The hub batches the readings.', 'The system consists of a hub and a sensor.'])).toEqual([false, false]);
	});
});

describe('splitSummary with a system told part by part', () => {
	// An invented engineering abstract: the parts' present-tense sentences no longer read as findings.
	it('keeps the parts in the approach, and the deployment in the results', () => {
		const abstract =
			'Leaks waste a third of the water in old city networks. ' +
			'A wireless leak monitoring network was designed for the water utility of a mid-sized town. ' +
			'The proposed system consists of six flow sensors, a radio hub and a cloud dashboard. ' +
			'Flow sensors sample the pipe every second and send compressed readings over LoRa to the hub. ' +
			'The hub batches and signs the readings and forwards them to the dashboard over a cellular link. ' +
			'The network was deployed for six months and detected 14 leaks with no false alarm.';
		const { approach, results } = splitSummary(splitSentences(abstract));
		expect(approach.map((s) => s.text)).toContain('Flow sensors sample the pipe every second and send compressed readings over LoRa to the hub.');
		expect(approach.map((s) => s.text)).toContain('The hub batches and signs the readings and forwards them to the dashboard over a cellular link.');
		expect(results.map((s) => s.text)).toContain('The network was deployed for six months and detected 14 leaks with no false alarm.');
	});
});
