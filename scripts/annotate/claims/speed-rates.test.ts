import { describe, expect, it } from 'vitest';
import { findSpeedRates } from './speed-rates.ts';

const speeds = (text: string) => findSpeedRates(text).map((v) => v.text);

describe('findSpeedRates', () => {
	// After the FlashVSR entry of unseen-first-hf-daily-2025-10-15.json and a 2026 Hugging Face day.
	it('reads how fast a system runs', () => {
		expect(speeds('FlashVSR runs at approximately 17 FPS for 768x1408 videos on a single A100 GPU.')).toEqual(['17 FPS']);
		expect(speeds('It enables real-time streaming generation at ~25 FPS.')).toEqual(['~25 FPS']);
		expect(speeds('Decoding at 120 tokens/s on one GPU.')).toEqual(['120 tokens/s']);
	});

	it('reads the most frames a system makes in a second, whatever the verb', () => {
		expect(speeds('Our method generates a 5-second video in 2.61 seconds (up to 31 FPS).')).toEqual(['31 FPS']);
	});

	it('leaves the frame rate of the input', () => {
		expect(speeds('Videos were recorded at 30 fps.')).toEqual([]);
		expect(speeds('We sample clips at 8 FPS.')).toEqual([]);
		expect(speeds('We train on videos of up to 60 fps.')).toEqual([]);
	});

	it('reads a throughput of items an active verb of handling data does in each unit of time', () => {
		expect(speeds('On one node, SeqSort processes 1.5 million reads per minute.')).toEqual(['1.5 million']);
		expect(speeds('The server handled 120 requests per second at peak.')).toEqual(['120']);
		expect(speeds('Patients were seen 3 times per day.')).toEqual([]);
	});

	it('reads a count of items done in each unit of time that a word of capability states', () => {
		expect(speeds('With a small crew we can now core 6 to 8 boreholes per day in soft ground.')).toEqual(['6 to 8 boreholes per day']);
		expect(speeds('The station routinely logs about 40 samples per hour.')).toEqual(['40 samples per hour']);
		expect(speeds('Each plot was visited 2 times per week.')).toEqual([]);
	});
});
