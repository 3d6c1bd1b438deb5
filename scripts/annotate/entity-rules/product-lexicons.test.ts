import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

// The bundled lexicons, as `npm run build` reads them. These entries are products, simulators and
// frameworks known by their makers' names, and analyses a field names in lower case or by one
// person; no pattern tells them from common words ("verl", "Nano Banana 2", "Weibull distribution").
const dir = fileURLToPath(new URL('../../../content/lexicons/', import.meta.url));
const lexicons = parseLexicons(
	readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ file: `content/lexicons/${name}`, text: readFileSync(dir + name, 'utf8') })),
);
const entities = (abstract: string) => extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}/${e.type}`);

describe('the bundled lexicons of named products and analyses', () => {
	it('know image generators by their product names, with a version or a distilled release', () => {
		expect(entities('Our planner lifts Z-Image-Turbo above Nano Banana 2 and Seedream on GenEval2 and DPG-Bench.')).toEqual([
			'Z-Image-Turbo/model',
			'Nano Banana 2/model',
			'Seedream/model',
			'GenEval2/dataset',
			'DPG-Bench/dataset',
		]);
	});

	it('know the editing procedure and the simulators and training frameworks papers build on', () => {
		expect(entities('Views are refined through SDEdit; agents fly in CARLA and AirSim; the policy is trained with verl.')).toEqual([
			'SDEdit/method',
			'CARLA/method',
			'AirSim/method',
			'verl/method',
		]);
	});

	it("know management's frameworks and software, under their own names whichever apostrophe or capitals the abstract wrote", () => {
		expect(entities('Students apply Porter’s Five Forces; models were fitted in SMART-PLS and read by response surface analysis.')).toEqual([
			"Porter's Five Forces/method",
			'SmartPLS/method',
			'response surface analysis/method',
		]);
	});

	it('know the Weibull distribution of strengths', () => {
		expect(entities('Joint strengths followed a two-parameter Weibull distribution.')).toEqual(['Weibull distribution/method']);
	});

	it('know the standard peel and fracture tests of adhesive joints', () => {
		expect(entities('Joints were loaded in the impact wedge-peel test and in tapered double cantilever beam specimens.')).toEqual([
			'impact wedge-peel/method',
			'tapered double cantilever beam/method',
		]);
	});
});
