import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findErrorAmounts } from './error-amounts.ts';

const amounts = (text: string) => findErrorAmounts(text).map((v) => v.text);

describe('findErrorAmounts', () => {
	// Validation studies list an error per direction or per part, in lengths and angles.
	it('reads every amount of a listed error, in mm and in degrees written as a sign or a word', () => {
		expect(amounts('Mean absolute errors were 0.6 mm for vertical displacement, 1.1 mm for lateral displacement, and 0.9° for tilt.')).toEqual(['0.6 mm', '1.1 mm', '0.9°']);
		expect(amounts('Angular inaccuracies of approximately 0.3deg for the tibia and 0.52deg for the talus remained.')).toEqual(['0.3deg', '0.52deg']);
		expect(amounts('Repeatability was better than 0.21mm for the left foot and 0.18mm for the right.')).toEqual(['0.21mm', '0.18mm']);
	});

	it('reads a standard deviation, a bound, a bracket and a tolerance', () => {
		expect(amounts('Repeated scans placed the marker with standard deviations less than ±0.4 mm and ±0.3 deg.')).toEqual(['±0.4 mm', '±0.3 deg']);
		expect(amounts('The sensor reproduced the reference angle to within 0.05±0.02 deg in every trial.')).toEqual(['0.05±0.02 deg']);
		expect(amounts('Slow gaits gave larger angular differences (2.4°) than fast ones.')).toEqual(['2.4°']);
		expect(amounts('The tracker stayed within 0.3 and 0.2 mm of the reference path.')).toEqual(['0.3', '0.2 mm']);
	});

	// Embedded computing reports footprint and speed as measures with "of".
	it('reads costs stated as measures: size, time, latency, energy', () => {
		expect(amounts('The classifier runs with a model size of 2.1 MB and inference time of 0.45 ms.')).toEqual(['2.1 MB', '0.45 ms']);
		expect(amounts('The device has an average latency and energy consumption of 4.2 ms and 8.9 mJ per beat.')).toEqual(['4.2 ms', '8.9 mJ']);
		expect(amounts('With pruning, execution time is in the range of 1.2–3.4 ms.')).toEqual(['1.2–3.4 ms']);
	});

	it('leaves amounts that set up the measurement, qualify a noun, or are in no unit of error', () => {
		// Before the link: the condition measured under.
		expect(amounts('Differences for the 4 ms exposure were below 1.1°.')).toEqual(['1.1°']);
		expect(amounts('Errors were larger for the 12 mm implant.')).toEqual([]);
		expect(amounts('Stations within 120 km of the epicentre recorded errors of timing.')).toEqual([]);
		expect(amounts('Patients aged 70 years had errors in 3 of 10 readings.')).toEqual([]);
		expect(amounts('The spacecraft was at 26.5°N when the error of the clock was noticed.')).toEqual([]);
	});

	it('reads an error named with its bracketed acronym and stated "in the order of" an amount', () => {
		expect(amounts('The tool follows set paths with a root-mean-squared-error (RMSE) in the order of 60μm.')).toEqual(['60μm']);
		expect(amounts('Residual errors were on the order of 2 mm.')).toEqual(['2 mm']);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Root-mean-square errors were 0.7 mm for depth and 1.4° for rotation.').map((v) => v.text)).toEqual(['0.7 mm', '1.4°']);
		// Its standard deviation keeps its unit ("0.03±0.02" alone was taken before).
		expect(findClaimValues('Poses were recovered to within 0.03±0.02 mm.').map((v) => v.text)).toEqual(['0.03±0.02 mm']);
	});

	it('reads a gear\'s backlash and lost motion in arcmin as an error of the transmission', () => {
		expect(findErrorAmounts('The measured backlash was below 1.2 arcmin and the lost motion was 0.8 arcmin.').map((v) => v.text)).toEqual(['1.2 arcmin', '0.8 arcmin']);
	});
});
