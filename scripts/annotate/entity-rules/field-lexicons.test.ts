import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

// The bundled lexicons, as `npm run build` reads them: the field knowledge these tests check is theirs.
const dir = fileURLToPath(new URL('../../../content/lexicons/', import.meta.url));
const lexicons = parseLexicons(
	readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({ file: `content/lexicons/${name}`, text: readFileSync(dir + name, 'utf8') })),
);
const entities = (abstract: string) => extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}/${e.type}`);

describe('the bundled lexicons', () => {
	// unseen-round30 drug repurposing: "Propensity score stratified analyses confirmed that sildenafil is …".
	it('know the propensity score designs of observational studies', () => {
		expect(entities('Propensity score stratified analyses agreed with propensity score matching.')).toEqual([
			'propensity score stratification/method',
			'propensity score matching/method',
		]);
	});

	// unseen-round30 warming: "All inferences were performed using phylogenetic eigenvector maps."
	it('know the phylogenetic comparative methods', () => {
		expect(entities('Traits were inferred with phylogenetic eigenvector maps and tested with phylogenetic independent contrasts.')).toEqual([
			'phylogenetic eigenvector maps/method',
			'phylogenetic independent contrasts/method',
		]);
	});

	it('know the regularisers of continual learning', () => {
		expect(entities('Unlike elastic weight consolidation or LwF, our replay keeps no old weights.')).toEqual(['elastic weight consolidation/method', 'Learning without Forgetting/method']);
	});

	it('know the thin-film growth and wafer cleaning steps of semiconductor processing', () => {
		expect(entities('Wafers were given the usual RCA cleaning process, and alumina grown by atomic layer deposition on them.')).toEqual([
			'RCA clean/method',
			'atomic layer deposition/method',
		]);
		expect(entities('GaN was grown by metalorganic chemical vapour deposition and ZnO by pulsed laser deposition.')).toEqual(
			expect.arrayContaining(['metal-organic chemical vapor deposition/method', 'pulsed laser deposition/method']),
		);
	});

	it('know the engineering software models are built and simulated in', () => {
		expect(entities('The housing was modelled in Pro/E and its motion simulated in ADAMS, with stresses from Abaqus.')).toEqual(
			expect.arrayContaining(['Pro/ENGINEER/method', 'MSC Adams/method', 'Abaqus/method']),
		);
	});

	it('know the selection-signature statistics of population genetics, the standard lactation curve and retrodeformation', () => {
		expect(entities('Sweeps in goats were scanned with the Fixation index, cross-population extended haplotype homozygosity and haplotype-based FLK methods.')).toEqual([
			'fixation index/method',
			'cross-population extended haplotype homozygosity/method',
			'FLK/method',
		]);
		expect(entities('As in ewes, the incomplete gamma model fitted worse than splines.')).toEqual(['incomplete gamma model/method']);
		expect(entities('Crushed skulls were restored by retrodeformation.')).toEqual(['retrodeformation/method']);
	});

	it('hold SLAM as a task, as QA is one, and keep the systems named after it', () => {
		expect(entities('Coupling foundation models with SLAM frameworks helps a Gaussian Splatting SLAM, which outperforms ORB-SLAM3 by 20%.')).toEqual(['ORB-SLAM3/method']);
	});

	it('know principal components analysis however it is written, LLM-as-a-Judge and FLUX', () => {
		expect(entities('Principal components analysis showed two modes.')).toEqual(['Principal Component Analysis/method']);
		expect(entities('Answers were graded with LLM-as-a-Judge scoring.')).toEqual(['LLM-as-a-Judge/method']);
		expect(entities('We fine-tune a FLUX-based editing model.')).toEqual(['FLUX/model']);
		expect(entities('Segments are called with a hidden Markov model.')).toEqual(['hidden Markov model/method']);
	});

	// After unseen-round10-*: physics, fisheries, glaciology and multimodal evaluation name these so.
	it('know the named approximations and theories of electronic-structure and plasma physics', () => {
		expect(entities('Screening is treated in the random phase approximation and in the jellium approximation.')).toEqual(
			expect.arrayContaining(['random phase approximation/method', 'jellium model/method']),
		);
		expect(entities('Energies from configuration interaction (CI) agree; CI converges slowly.')).toEqual(['configuration interaction/method']);
		expect(entities('The data follow the self-consistent Born approximation (SCBA) and then Drude theory.')).toEqual(
			expect.arrayContaining(['self-consistent Born approximation/method', 'Drude model/method']),
		);
		expect(entities('Deviations from Debye-Hückel screening grow; the quantum Ornstein-Zernike theory explains them.')).toEqual(
			expect.arrayContaining(['Debye–Hückel theory/method', 'quantum Ornstein–Zernike theory/method']),
		);
	});

	it('know correspondence analysis, the von Bertalanffy curve written bare, the bulk aerodynamic method and multimodal benchmarks', () => {
		expect(entities('Correspondence analyses were run for each region.')).toEqual(['correspondence analysis/method']);
		expect(entities('Von Bertalanffy growth parameters were estimated for both sexes.')).toEqual(['von Bertalanffy growth model/method']);
		expect(entities('Fluxes were computed with the bulk-aerodynamic method.')).toEqual(['bulk aerodynamic method/method']);
		expect(entities('We report results on POPE, HR-Bench and V* Bench.')).toEqual(['POPE/dataset', 'HR-Bench/dataset', 'V* Bench/dataset']);
	});
	it('know the clinical performance tests named without a head noun or in lower case', () => {
		expect(entities('Dexterity was slower on the Grooved Pegboard, and capacity was read from the six-minute walk test.')).toEqual([
			'Grooved Pegboard/method',
			'six-minute walk test/method',
		]);
	});

	it('know jittering, the random displacement of points that statistics and spatial analysis name in lower case', () => {
		expect(entities('Household locations were masked by jittering before the clinics were mapped.')).toEqual(['jittering/method']);
	});

	it('know cost–benefit analysis, however its dash is written, and AdaBoost as boosting papers spell it', () => {
		expect(entities('The levy was judged by a cost-benefit analysis of both routes.')).toEqual(['cost–benefit analysis/method']);
		expect(entities('Our trees beat Adaboost on noisy labels.')).toEqual(['AdaBoost/algorithm']);
	});

	it('know the Bayesian network, and its acronym as known work rather than the paper\'s own', () => {
		const abstract = 'We propose a planner for irrigation. The planner, built on a Bayesian network (BN), weighs soil and weather.';
		expect(extractEntities('Untitled', abstract, lexicons).map((e) => `${e.name}/${e.type}/${e.role}`)).toEqual(['Bayesian network/method/used']);
	});

	it('know the classic data structures and generators indexing and streaming papers build on, in any capitalisation', () => {
		expect(entities('Our index answers range queries faster than a B-tree and takes less space than an FM-index.')).toEqual(['B-tree/algorithm', 'FM-index/algorithm']);
		expect(entities('Counts are kept in a Count-Min Sketch whose cells are Fenwick trees.')).toEqual(['count-min sketch/algorithm', 'Fenwick tree/algorithm']);
		expect(entities('The simulations draw their numbers from the Mersenne Twister.')).toEqual(['Mersenne Twister/algorithm']);
	});

	it('know the multi-response permutation procedure of community ecology and the hot spot analysis of GIS work', () => {
		expect(entities('Plots were compared by multiresponse permutation procedure after the ordination.')).toEqual(['multi-response permutation procedure/method']);
		expect(entities('Clusters of high exposure were located by hot spot analysis of the survey points.')).toEqual(['hot spot analysis/method']);
	});

	it('know a hyphenated algorithm a long form capitalises word by word, with the long form among its mentions', () => {
		const found = extractEntities('Untitled', 'Training alternates as in the Expectation-Maximization (EM) algorithm over latent plans.', lexicons);
		expect(found.map((e) => [e.name, e.spans.map((s) => s.text)])).toEqual([['expectation–maximization algorithm', ['Expectation-Maximization', 'EM']]]);
	});

	it('know the sounding methods of near-surface geophysics, however the abstract writes them', () => {
		expect(entities('Aquifers below the dunes were imaged by surface nuclear magnetic resonance and by magnetotellurics.')).toEqual([
			'surface nuclear magnetic resonance/method',
			'magnetotellurics/method',
		]);
		expect(entities('Two profiles combine SNMR soundings with transient electromagnetic data and ground-penetrating radar.')).toEqual([
			'surface nuclear magnetic resonance/method',
			'transient electromagnetic method/method',
			'ground-penetrating radar/method',
		]);
		expect(entities('Magnetic resonance sounding detects water directly; electrical resistivity tomography maps clay.')).toEqual([
			'surface nuclear magnetic resonance/method',
			'electrical resistivity tomography/method',
		]);
	});

	it("know the petrophysical laboratory methods a rock's pore sizes are calibrated with", () => {
		expect(entities('Cores were characterised by NMR relaxometry, then checked against mercury injection and a grain-size analysis.')).toEqual([
			'NMR relaxometry/method',
			'mercury injection capillary pressure/method',
			'grain size analysis/method',
		]);
	});

	it('know the detection and pulse schemes of NMR signal work', () => {
		expect(entities('The envelope is usually recovered by synchronous detection after an adiabatic half-passage pulse.')).toEqual([
			'synchronous detection/method',
			'adiabatic half-passage pulse/method',
		]);
	});

	it('know the groundwater remediation techniques a review compares', () => {
		expect(entities('Unlike pump-and-treat, a permeable reactive barrier needs no energy once installed.')).toEqual([
			'pump-and-treat/method',
			'permeable reactive barrier/method',
		]);
	});

	it('know the conceptual models of catchment hydrology, never the virus its acronym also names', () => {
		expect(entities('Runoff was simulated with the HBV model and with TOPMODEL.')).toEqual(['HBV model/model', 'TOPMODEL/model']);
		expect(entities('Patients with chronic HBV were treated.')).toEqual([]);
	});

	it('know RLVR as a named training recipe, as RLHF is, in either of its long forms', () => {
		expect(entities('Reasoning improved under RLVR, unlike under plain RL.')).toEqual(['RLVR/method']);
		expect(entities('Policies tuned by reinforcement learning from verifiable rewards (RLVR) generalise.')).toEqual(['RLVR/method']);
	});

	it('know the sequencing and species-tree methods of molecular systematics', () => {
		expect(entities('Target capture sequencing of 900 loci was analysed with RAxML and a multispecies coalescent model in ASTRAL.')).toEqual([
			'target capture sequencing/method',
			'RAxML/method',
			'multispecies coalescent/method',
			'ASTRAL/method',
		]);
	});

	it('know computational fluid dynamics as a field and schlieren as a kind of image, no entities', () => {
		expect(entities('Wing loads come from CFD simulations checked against tunnel runs.')).toEqual([]);
		expect(entities('Computational Fluid Dynamics (CFD) gives the loads; numerical Schlieren images show the shocks.')).toEqual([]);
	});

	it('know the physical effects named after their discoverers as phenomena, no sources of data', () => {
		expect(entities('The fits describe the Soret data of the polymers, and the Seebeck data of both films agree.')).toEqual([]);
	});

	it('know LiveCodeBench, a benchmark of code generation, with its dated versions', () => {
		expect(entities('The coder reaches 41.2 on LiveCodeBench-v5, well above its base.')).toEqual(['LiveCodeBench-v5/dataset']);
	});

	it('know the rating scales of clinical studies and the event study\'s market model', () => {
		expect(entities('Pain was rated on a visual analog scale (VAS) and on a numeric rating scale before surgery.')).toEqual(['visual analogue scale/method', 'numeric rating scale/method']);
		expect(entities('Abnormal returns around the announcements are estimated with the market model.')).toEqual(['market model/method']);
	});

	it('know the 3D detection and driving benchmarks results are reported on', () => {
		expect(entities('Our detector reaches 41.2 AP on nuScenes and 38.0 on the Waymo Open Dataset, and transfers to SUN RGB-D.')).toEqual([
			'nuScenes/dataset',
			'Waymo Open Dataset/dataset',
			'SUN RGB-D/dataset',
		]);
	});

	// unseen-round31 ESG in supply chains: "data … from Thomson Reuters Eikon", "we also utilized two-stage least squares
	// regression, propensity score matching, and entropy balancing", "employs the Stackelberg game model", "We utilized VOS viewer".
	it('know the estimators, databases and mapping tools of empirical finance and management', () => {
		expect(entities('Firm data came from Thomson Reuters Eikon; we used two-stage least squares regression and entropy balancing.')).toEqual([
			'Thomson Reuters Eikon/dataset',
			'two-stage least squares/method',
			'entropy balancing/method',
		]);
		expect(entities('This study employs the Stackelberg game model to set the contract.')).toEqual(['Stackelberg game/method']);
		expect(entities('We mapped the literature with VOS viewer and Bibliometrix in R Studio.')).toEqual(['VOSviewer/method', 'Bibliometrix/method', 'RStudio/method']);
	});

	// unseen-round31 machine translation: "translated … by machine translation services including Google Translate and Bing Translation".
	it('know the machine translation systems translation studies compare', () => {
		expect(entities('Texts were translated by Google Translate and Bing Translation, and by DeepL, and compared with Sketch Engine.')).toEqual([
			'Google Translate/method',
			'Bing Translator/method',
			'DeepL Translator/method',
			'Sketch Engine/method',
		]);
	});

	// unseen-round31 Hugging Face day: "The best-performing agent, OpenAI Codex powered by GPT-5.3-Codex, achieves a mean overall score of 34%."
	it('know the tool-agent-user benchmarks in their Greek and spelled-out forms', () => {
		expect(entities('Agents were scored on τ^2-Bench telecom tasks.')).toEqual(['τ²-bench/dataset']);
		expect(entities('Agents were scored on tau-bench retail tasks.')).toEqual(['τ-bench/dataset']);
	});

	it('know the coding agents agent benchmarks evaluate, apart from their models', () => {
		expect(entities('The best agent, OpenAI Codex powered by GPT-5.3-Codex, beats Claude Code.')).toEqual(['OpenAI Codex/method', 'GPT-5.3-Codex/model', 'Claude Code/method']);
	});
});

// Products, simulators and frameworks known by their makers' names, and analyses a field names in
// lower case or by one person: no pattern tells them from common words ("verl", "Nano Banana 2",
// "Weibull distribution").
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

	it("know management and marketing research's frameworks, adoption models and scales", () => {
		expect(entities('Drawing on UTAUT2 and a PESTEL analysis, the survey was analysed with PLS-SEM.')).toEqual([
			'UTAUT/method',
			'PESTEL analysis/method',
			'PLS-SEM/method',
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

describe('the bundled lexicons of cloud computing and classic classifiers', () => {
	// Written after a serverless-computing paper's sentences (round 38's Scopus listing), not copied.
	it('know the container orchestrators, serverless platforms and security standards', () => {
		expect(entities('Functions ran on auto-scaled Kubernetes clusters, bursting into AWS Lambda, with OAuth-2.0 login and JSON Web Token sessions.')).toEqual([
			'Kubernetes/method',
			'AWS Lambda/method',
			'OAuth 2.0/method',
			'JSON Web Token/method',
		]);
	});

	it('know a clustering algorithm by its full name and spellings of the classifiers', () => {
		expect(entities('Peaks were grouped by K-means clustering and hierarchical agglomerative clustering, then fed to a Random Forest Regressor and Xgboost.')).toEqual([
			'K-means/algorithm',
			'hierarchical agglomerative clustering/algorithm',
			'random forest/algorithm',
			'XGBoost/algorithm',
		]);
	});

	it('take hardware and software as such for no name ("a HW/SW platform")', () => {
		expect(entities('We introduce a HW/SW platform for learning on the device.')).toEqual([]);
	});
});


describe('the bundled lexicons of explanation, quantization, fuzzy forecasting and controller testing', () => {
	// Written after round 39's energy and Hugging Face abstracts' kinds of sentences, not copied.
	it('know the explanation methods by their lower-case long forms', () => {
		expect(entities('Predictions of crop yield were explained with local interpretable model-agnostic explanations (LIME) and SHapley Additive exPlanations.')).toEqual([
			'LIME/method',
			'SHAP/method',
		]);
	});

	it('know the post-training quantization methods named only by their acronyms', () => {
		expect(entities('At three bits our scheme beats GPTQ and AWQ on every model family.')).toEqual(['GPTQ/method', 'AWQ/method']);
	});

	it('know the neuro-fuzzy inference system among compared forecasters, but no decision tree of any kind', () => {
		// "a method selection decision tree", "decision tree traversal": a decision tree is as often a diagram or a data structure.
		expect(entities('Load was forecast by decision trees and adaptive neuro-fuzzy inference systems (ANFIS).')).toEqual([
			'adaptive neuro-fuzzy inference system/algorithm',
		]);
	});

	it('tell the masked autoencoder from the error metric an abstract defines as MAE', () => {
		expect(entities('Forecasts were scored by the mean absolute error (MAE); the SVM had the lowest MAE.')).toEqual(['support vector machine/algorithm']);
		expect(entities('We pre-train a Masked Autoencoder (MAE) on the scans.')).toEqual(['MAE/model']);
	});

	it('take nanoparticles abbreviated for no name', () => {
		expect(entities('We report Co nanoparticles (NPs) on carbon; the NPs were small.')).toEqual([]);
	});

	it('know Simulink written with the MATLAB it runs in', () => {
		expect(entities('The converter was modelled in MATLAB Simulink.')).toEqual(['Simulink/method']);
	});

	it('know hardware-in-the-loop testing in lower case', () => {
		expect(entities('The inverter controller was validated by hardware-in-the-loop (HIL) tests.')).toEqual(['hardware-in-the-loop/method']);
	});
});
