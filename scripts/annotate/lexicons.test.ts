import { describe, expect, it } from 'vitest';
import { parseLexicons } from './lexicons.ts';
import { loadLexicons } from './fixtures/seed.ts';
import { extractEntities } from './text/entities.ts';

describe('parseLexicons', () => {
	it('reads entries by file name into their entity type', () => {
		const lexicons = parseLexicons([
			{ file: 'content/lexicons/algorithms.yaml', text: '- name: PPO\n  aliases: [Proximal Policy Optimization]\n  description: On-policy.\n' },
			{ file: 'content/lexicons/datasets.yaml', text: '- name: GSM8K\n' },
			{ file: 'content/lexicons/generic.yaml', text: '- RL\n- LLM\n' },
		]);
		expect(lexicons.algorithm).toEqual([{ name: 'PPO', aliases: ['Proximal Policy Optimization'], description: 'On-policy.' }]);
		expect(lexicons.dataset).toEqual([{ name: 'GSM8K', aliases: [] }]);
		expect(lexicons.generic).toEqual(['RL', 'LLM']);
		expect(lexicons.model).toEqual([]);
	});

	it('accepts an empty file', () => {
		expect(parseLexicons([{ file: 'models.yaml', text: '# nothing yet\n' }]).model).toEqual([]);
	});

	it('names file and line of invalid YAML', () => {
		expect(() => parseLexicons([{ file: 'content/lexicons/models.yaml', text: '- name: GPT\n- name: [unclosed\n' }])).toThrow(
			/^content\/lexicons\/models\.yaml:\d+:\d+: /,
		);
	});

	it('names file and line of an entry without a name', () => {
		expect(() => parseLexicons([{ file: 'datasets.yaml', text: '- name: GLUE\n- aliases: [X]\n' }])).toThrow(/^datasets\.yaml:2:\d+: entry has no "name"/);
	});

	it('reads a file named by a topic before its kind as that kind', () => {
		const lexicons = parseLexicons([
			{ file: 'content/lexicons/science-methods.yaml', text: '- name: kriging\n' },
			{ file: 'content/lexicons/field-algorithms.yml', text: '- name: worm algorithm\n' },
		]);
		expect(lexicons.method.map((e) => e.name)).toEqual(['kriging']);
		expect(lexicons.algorithm.map((e) => e.name)).toEqual(['worm algorithm']);
		expect(() => parseLexicons([{ file: 'science-tasks.yaml', text: '- name: QA\n' }])).toThrow(/science-tasks\.yaml:1: unknown lexicon file/);
	});

	it('rejects aliases that are not a list of strings, and unknown file names', () => {
		expect(() => parseLexicons([{ file: 'models.yaml', text: '- name: GPT\n  aliases: GPT-4\n' }])).toThrow(/^models\.yaml:1:\d+: "aliases" of GPT/);
		expect(() => parseLexicons([{ file: 'content/lexicons/tasks.yaml', text: '- name: QA\n' }])).toThrow(/tasks\.yaml:1: unknown lexicon file/);
	});

	it('parses the curated lexicons shipped in content/lexicons', () => {
		const lexicons = loadLexicons();
		expect(lexicons.algorithm.map((e) => e.name)).toEqual(expect.arrayContaining(['PPO', 'DQN', 'GRPO', 'SAC', 'TD3', 'Reptile']));
		expect(lexicons.dataset.map((e) => e.name)).toEqual(expect.arrayContaining(['GSM8K', 'MATH', 'GLUE', 'SuperGLUE', 'D4RL', 'Meta-World']));
		expect(lexicons.generic).toEqual(expect.arrayContaining(['RL', 'LLM', 'AI']));
	});

	it('knows the classic optimisers papers name in lower case as the search they run', () => {
		// antenna design and protein docking, in lower case and in brackets
		const abstract = 'The array layout is searched with simulated annealing, and docking poses are refined by a global search (differential evolution).';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => `${e.name}:${e.type}`)).toEqual(['simulated annealing:algorithm', 'differential evolution:algorithm']);
	});

	describe('knows the named methods other sciences write in lower case', () => {
		const named = (abstract: string) => extractEntities('', abstract, loadLexicons()).map((e) => `${e.spans[0]!.text}:${e.type}/${e.role}`);

		it('in physics and materials', () => {
			const abstract =
				'Adsorption energies were computed with density functional theory, the barriers located with the nudged elastic band method, and the diffusion followed by ab initio molecular dynamics at 600 K.';
			expect(named(abstract)).toEqual(['density functional theory:method/used', 'nudged elastic band method:method/used', 'ab initio molecular dynamics:method/used']);
		});

		it('in ecology and fisheries', () => {
			const abstract =
				'Length at age was fitted with the von Bertalanffy growth function, survival was estimated by mark-recapture, and the densities were interpolated by ordinary kriging.';
			expect(named(abstract)).toEqual(['von Bertalanffy growth function:method/used', 'mark-recapture:method/used', 'ordinary kriging:method/used']);
		});

		it('in statistics and epidemiology', () => {
			const abstract =
				'Parameters were obtained by maximum likelihood estimation, the states smoothed with a Kalman filter, and survival compared with the Kaplan-Meier estimator and a random forest.';
			expect(named(abstract)).toEqual([
				'maximum likelihood estimation:method/used',
				'Kalman filter:algorithm/used',
				'Kaplan-Meier estimator:method/used',
				'random forest:algorithm/used',
			]);
		});

		it("in meta-analyses, the possessive tests of heterogeneity and publication bias", () => {
			const abstract = "Heterogeneity was tested with Cochran's Q test and small-study bias with Egger's regression test; Begg's tests agreed.";
			expect(named(abstract)).toEqual(["Cochran's Q test:method/used", "Egger's regression test:method/used", "Begg's tests:method/used"]);
		});

		it('in management and social research, a decision method, a theory of motivation and a path analysis', () => {
			const abstract =
				'Strategies were ranked with the analytic network process, and ANP weights compared. Drawing on self-determination theory, survey data were analysed by partial least squares analysis.';
			expect(named(abstract)).toEqual(['analytic network process:method/used', 'self-determination theory:method/used', 'partial least squares analysis:method/used']);
		});

		it('in clinical research, the scores and techniques a specialty grades its patients by', () => {
			// Invented: a hepatology abstract writing scores by their acronym alone, with "score", and a technique in lower case.
			const abstract =
				'Severity was graded by MELD and the Child-Pugh score; stiffness was measured by vibration-controlled transient elastography (VCTE). Higher MELD-Na scores predicted death. Immunohistochemistry confirmed fibrosis.';
			expect(named(abstract)).toEqual([
				'MELD:method/used',
				'Child-Pugh score:method/used',
				'vibration-controlled transient elastography:method/used',
				'MELD-Na scores:method/used',
				'Immunohistochemistry:method/used',
			]);
		});

		it('leaves an acronym the abstract defines as something else than the entry', () => {
			expect(named('Plasma atrial natriuretic peptide (ANP) rose; ANP fell after diuresis.')).toEqual([]);
		});

		it('as used beside the name a paper introduces, never as its own', () => {
			const abstract = 'We propose GeoBoost, a spatial estimator that combines a random forest with inverse distance weighting.';
			const entities = extractEntities('GeoBoost: fast spatial estimates', abstract, loadLexicons());
			expect(entities.map((e) => `${e.name}:${e.role}`)).toEqual(['GeoBoost:introduced', 'random forest:used', 'inverse distance weighting:used']);
		});
	});
});
