/**
 * The cue patterns of the TL;DR choice (`tldr.ts`): the words by which an abstract's sentence states a
 * contribution ("we propose", "this paper introduces", "by introducing"), a study ("we investigated", "this
 * study examined"), a part or a consequence of the contribution ("Second, …", "Based on these findings, …"),
 * or something that is no contribution at all (future work, a question, a prediction, boilerplate). `tldr.ts`
 * weighs them; this module only says what each pattern reads, so a new way of stating a contribution is one
 * pattern here and one line in `CUE`.
 */
import { gateCues } from './cue-gate.ts';
import { I, OUR, WE } from './first-person.ts';
import { THIS_WORK } from './own-subject.ts';

const CONTRIBUTION_STEM = String.raw`(?:propos|introduc|present|develop|design|describ|detail|outlin|devis|formulat|construct|creat|extend)`;
const CONTRIBUTION_VERB = String.raw`${CONTRIBUTION_STEM}(?:e|es|ed|ing|s)?`;
// The verbs that name a contribution most directly outrank "develop", "design", "construct".
const PRIMARY_VERB = /\b(?:propos|introduc|present)(?:e|es|ed|ing|s)?\b/i;
// The paper as the subject of its own verbs: "this paper", "this manuscript", "the present article", "this tutorial"; and
// "this document", as a society's guidance or a working group's report calls itself ("this document examines eight key tools");
// and "this contribution", as a conference paper in engineering calls itself ("This contribution presents a … approach").
const THIS_PAPER = String.raw`(?:${THIS_WORK}|this (?:document|contribution))`;
// "we propose", "we then propose", "this paper introduces", "our work presents", "we hence introduce",
// "the author introduces"; never in a relative clause ("…, which we describe with automatic tools",
// "challenges … that we propose to solve"), whose verb is not what the sentence states; nor in the passive ("This study
// was designed as a crossover trial" states the study's design, what was designed being the study itself; "The aim of
// this work is to design …" states an aim).
const CONTRIBUTION = new RegExp(
	String.raw`\b(?<!\b(?:which|that|whom)\s)(?:${WE}|${THIS_PAPER}|${OUR} (?:paper|work)|the authors?)\s+(?:(?!be\s|(?:is|was|were|been)\s+${CONTRIBUTION_STEM}ed\b)\w+\s+){0,2}?${CONTRIBUTION_VERB}\b`,
	'i',
);
// The cue word of `PRESENTS_FINDING`, tested first: most sentences have none.
const PRESENTS = /present\s/i;
// "In this paper it is shown that …": a result of the paper's own, stated impersonally. ("… proposed in
// this paper can be extended to …" is no contribution of "this paper": a passive after it is not its verb.)
const SHOWN_HERE = /\b(?:in (?:this|the present) (?:paper|work|study|article|note|manuscript)|here(?:in)?),?\s+it is (?:shown|demonstrated|proven|proved|argued|found)\b/i;
/**
 * "We present numerical evidence that …", "we present results of …": a finding reported, not a contribution made.
 */
export const PRESENTS_FINDING = new RegExp(
	String.raw`\b${WE}\s+(?:\w+\s+)?present\s+(?:(?:new|numerical|experimental|empirical|strong|first)\s+)*(?:evidence|results?|findings?|data|measurements?|observations?)\b` +
		// "we first present an empirical study revealing that generic verifiers miss …": a preliminary study told by what it revealed,
		// the gap the contribution then answers, not the contribution itself
		String.raw`|\b${WE}\s+(?:\w+\s+)?present\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:study|analysis|investigation)\s+(?:revealing|showing|demonstrating|(?:which|that)\s+(?:reveals|shows|demonstrates))\b`,
	'i',
);
// "by introducing", "by designing": a gerund, never the idiom "by design".
const BY_INTRODUCING = new RegExp(String.raw`\bby\s+${CONTRIBUTION_STEM}ing\b`, 'i');
// "We demonstrate the functionality of the toolbox by creating maps …": the gerund is the means of a
// demonstration, not a contribution of its own.
const DEMONSTRATED_BY = new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:demonstrate|illustrate|show|showcase|validate|evaluate|test|verify|assess)\b[^.;]*?\bby\s+${CONTRIBUTION_STEM}ing\b`, 'i');
/**
 * "LLM-based systems are becoming popular for solving tasks by constructing workflows": a gerund of the means is the
 * paper's contribution only with the paper's own voice as its agent ("we", "our", "this paper", "here"); without it the
 * sentence states how others' systems work, background, unless what the gerund makes is new ("It avoids inconsistency
 * by designing a new mapping").
 */
export const OWN_AGENT = new RegExp(String.raw`\b(?:${WE}|${OUR}|${THIS_PAPER}|here(?:in)?)\b|\bby\s+${CONTRIBUTION_STEM}ing\s+(?:a|an)\s+(?:new|novel)\b`, 'i');
// "We approach the problems from a different perspective and propose …": the verb after "and"; "In this paper, we study a
// path planning problem under uncertain weather, and design a decision support system …": a thing proposed, designed or
// developed for the problem the paper studies, after a comma too (after another verb, ", and present an equation …" may
// be a finding's second half).
const AND_PROPOSE = new RegExp(
	String.raw`\b${WE}\b[^,;.]{0,80}?\band\s+(?:then\s+)?(?:propos|introduc|present)(?:e|es|ed)?\b|\b${WE}\s+(?:study|studied|consider|considered|investigate|investigated|address|addressed|examine|examined)\s[^;.]{0,120}?,?\s\band\s+(?:then\s+)?(?:(?:propos|introduc|present)(?:e|es|ed)?|(?:design|develop)(?:s|ed)?)\b`,
	'i',
);
/**
 * "we go beyond both these approximations to derive a new formula …": what the paper sets out to make, a new thing derived,
 * developed or constructed, stated as the purpose of its first clause.
 */
export const TO_MAKE_NEW = new RegExp(String.raw`\b${WE}\b[^,;.]{0,80}?\bto\s+(?:derive|develop|construct|formulate|propose|introduce)\s+(?:a|an)\s+(?:new|novel)\b`, 'i');
// "Here we provide a new, general and unified model framework": providing, offering or giving a new thing names it as
// the paper's own ("we provide evidence" names nothing new).
const PROVIDES_NEW = new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:provide|offer|give)s?\s+(?:a|an)\s+(?:new|novel)\b`, 'i');
// "We realize an atomic interferometer to measure …", "Here we realize active colloidal rafts": the physical sciences state
// the thing an experiment builds as realized ("we realize that …" and "we realize this by …" make nothing).
const REALIZES = new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+|first\s+|here\s+)?reali[sz]e[sd]?\s+(?!(?:that|this|these|it|them|so|how|what|why|whether|the\s+(?:importance|need|value))\b)(?:an?\s|[a-z])`, 'i');
// "This paper demonstrates a grid cell approach for …": a method demonstrated is one presented ("we demonstrate a
// 20% gain", "demonstrates that …" name no method).
const DEMONSTRATES_METHOD = new RegExp(
	String.raw`\b(?:${WE}|${THIS_PAPER})\s+(?:\w+ly\s+)?(?:demonstrat|showcas)e?s?\s+(?:a|an)\s+(?:(?!that\b)[\w-]+\s+){0,3}?(?:approach|method|framework|technique|tool|procedure|pipeline|system|algorithm)\b`,
	'i',
);
// "We compare X, Y and Z on …": an evaluation, not what the paper contributes. "We test for maternal age effects on …",
// "We tested whether …", "we tested how …" test a hypothesis: the study itself (`STUDY`).
const EVALUATION = new RegExp(String.raw`^${WE} (?:compare|evaluate|benchmark|test(?!\s+(?:for|whether|if|how|the\s+hypothes[ie]s)\b))\b`, 'i');
// "we prove an existence result", "we have performed quantum Monte Carlo simulations": a theorem
// or a computation is what a mathematics or physics paper contributes, and "we perform a variance
// decomposition" or "an inversion" what an earth-science paper does.
// "This study attempted to explore", "this study is a first attempt to investigate", "The objective of
// this research is to identify": the aim of a survey or field study, stated with a few words between.
// Education, psychology and medicine report their study in the past ("This study examined …", "We
// investigated data from a natural experiment"): a past verb of study states it as the present does.
// A perspective states its framework by what it defines, as a survey by what it identifies: "We define a set of seven
// attributes that can influence …".
// A review states its study as a synthesis: "This review seeks to synthesise what is known of …", "In this review article we
// are making an attempt to summarize …"; a survey by what it surveys: "We survey 52 methods of …". Ecology and medicine state
// their study as the hypothesis it tests: "We test for maternal and paternal age effects on …", "We tested whether …", "we
// tested how …"; the past "we tested for a positive relationship between …" is a step of the analysis, as "we measured" is
// (`procedure-step.ts` reads the past after "we" as the methods section's voice). "This study therefore aims to conduct …":
// "therefore" ties the aim to the gap before it, and may stand between the paper and its verb.
const STUDY = new RegExp(
	String.raw`\b(?:${WE}|${THIS_PAPER}|(?:objective|aim|purpose|goal) of this (?:paper|work|study|research|article|manuscript) (?:is|was))\s+(?:(?:therefore|thus|hence)\s+)?(?:(?:attempt(?:s|ed)?|aim(?:s|ed)?|seek(?:s)?|sought|tri(?:es|ed)) to\s+|(?:(?:are|is|were|was)\s+)?mak(?:e|es|ing)\s+(?:an?\s+)?(?:attempt|effort)\s+to\s+|(?:is|was) (?:a|an|the) (?:first )?(?:attempt|effort) to\s+|to\s+|\w+\s+)?(?:stud(?:y|ies|ied)|explor(?:e|es|ed)|look(?:s|ed)? into|investigat(?:e|es|ed)|examin(?:e|es|ed)|analy[sz]es?|reviews?|survey(?:s|ed)?|synthesi[sz](?:e|es|ed)|summari[sz](?:e|es)|argues?|addresse?s?|provides?|discuss(?:es)?|assess(?:es|ed)?|evaluat(?:e|es|ed)|identify|identifies|defin(?:e|es)|consider|focus(?:es)? on|relate|prove|establish|determin(?:e|es|ed)|quantif(?:y|ies|ied)|measur(?:e|es|ed)|estimat(?:e|es|ed)|characteri[sz](?:e|es|ed)|screen(?:s|ed)?|tests?\s+(?:for|whether|if|how|the\s+hypothes[ie]s)|tested\s+(?:whether|if|how|the\s+hypothes[ie]s)|(?:perform|conduct|carr(?:y|ies) out)(?:s|ed)?\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:evaluation|study|analysis|investigation|survey|review|simulations?|calculations?|measurements?|experiments?|decomposition|inversion|reanalysis))\b`,
	'i',
);
// "We consider a one-dimensional system of interacting bosons in a random potential.": a theory paper setting up its model, a
// thing considered and nothing done with it in the sentence; what it then studies or derives is the contribution. "We consider
// the problem of …" states the study, and "We consider a model … and provide …" goes on to what it does.
const MODEL_SET_UP = new RegExp(String.raw`^(?:here,?\s+)?${WE}\s+consider\s+(?:a|an)\s+(?:(?!(?:that|which|and|to|where|whose|for\s+which)\b)[^,;:.?])+\.?\s*$`, 'i');
// "My own view is that his account is circular", "Our thesis is that …": a thesis the author defends, as a philosophy paper
// states its contribution ("I argue that …" is read by `STUDY`).
const THESIS = new RegExp(String.raw`^(?:(?:in short|in brief|briefly|in sum),\s+)?${OUR}\s+(?:own\s+)?(?:view|thesis|contention|position|claim|suggestion)\s+is\s+that\b`, 'i');
// "With the borehole records, we find that …", "On the synthetic set, we show that …": a finding that holds for one setting of the
// study, a part of what it found, behind its finding or aim overall. "Applying legitimacy and stakeholder theory, we find that …",
// "Drawing on panel data, we find that …": a finding told through the means or lens that gave it, as "Using X, we find" is.
const QUALIFIED_FINDING = new RegExp(String.raw`^(?:with|for|on|using|in|applying|employing|adopting|leveraging|drawing (?:on|upon))\s[^,;]{3,100},\s+${WE}\s+(?:also\s+)?(?:find|found|show|showed|observe|observed)\s+that\b`, 'i');
// "We use GRAVITY flare astrometry to test whether …": a means the authors use and the question it tests, the study itself
// (the past "we used X to …" is a step of the method, `procedure-step.ts`).
const USES_TO_TEST = new RegExp(String.raw`\b${WE}\s+(?:use|employ|apply|exploit|leverage)\s[^.;]{1,160}?\bto\s+(?:test|investigate|determine|assess|examine|explore|probe|constrain|measure|quantify|estimate)\b`, 'i');
// "Meanwhile, X is a huge challenge. Therefore, this paper used Mask R-CNN and transfer learning to detect …": the paper using a
// method to do its task, as the answer to the gap just stated, is its study (a closing "This study uses X to …" is none).
// "To facilitate a sustainable progression of the industry, this study employs the Stackelberg game model to investigate the
// prerequisites for …": a fronted purpose of any verb says what the study is for, when the paper uses its means to study
// (a verb of inquiry after "to"; "To ensure comparability, this study used the same data to train …" is a step).
const PAPER_USES_IN_ANSWER = new RegExp(
	String.raw`^(?:therefore|thus|hence|accordingly|to (?:address|overcome|tackle|solve|this end)\b[^,;.]*),\s+${THIS_PAPER}\s+(?:\w+ly\s+)?(?:uses?|used|employs?|employed|applies|applied|adopts?|adopted|utili[sz]es|utili[sz]ed)\s[^.;]{1,160}?\bto\s+[a-z]+` +
		String.raw`|^to\s+[a-z]+\b[^,;.]{1,160},\s+${THIS_PAPER}\s+(?:\w+ly\s+)?(?:uses|employs|applies|adopts|utili[sz]es)\s[^.;]{1,160}?\bto\s+(?:investigate|examine|explore|analy[sz]e|assess|evaluate|determine|identify|test|study|estimate|quantify|measure)\b`,
	'i',
);
// "In further studies, we will focus on …": what is left for later is no contribution; nor is what the authors hope their
// work does ("We hope this volume presents …", "We hope X will ease future research").
const FUTURE = new RegExp(String.raw`^(?:in (?:further|future) (?:studies|work|research)|future (?:work|research|studies))\b|\b${WE} (?:will|plan to|intend to|hope)\b`, 'i');
// "Here we address …", "Here, I argue …": the same frame in one word, opening the sentence.
// "In this review, we summarize …": a review names itself as a paper does.
const IN_THIS_WORK = new RegExp(String.raw`\bin (?:this|the present) (?:work|paper|study|thesis|article|manuscript|letter|review|survey)\b|^here,?\s+(?:${WE}|${I})\b`, 'i');
const NOVELTY = /\b(?:novel|new|first)\b/i;
const NAMED = /\b(?:called|named|dubbed|termed)\b|\([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\)/;
const RESULT = /\b(?:experiments?|results?|outperforms?|achiev(?:es|ed)|evaluat(?:e|ion))\b|\d+(?:\.\d+)?\s*(?:%|x\b|times\b)/i;
// "We further introduce …", "we also propose …": a secondary contribution.
const SECONDARY = new RegExp(String.raw`\b(?:${WE} (?:further|also|additionally)|additionally|moreover|furthermore)\b`, 'i');
// "Second, we …", "In addition, …", "Specifically, …", "In order to develop X, …", "The second phase …": a part or a
// means of the contribution, stated after the contribution itself; it loses to a main statement. "To support this research,
// we introduce a dataset …" states what serves the contribution, not the contribution; so does "To validate this paradigm, we
// further introduce a benchmark …" (a benchmark that evaluates the paper's own method; one that evaluates "this capability"
// may be the paper itself). "To train our model, we construct a data pipeline and curate 143K trajectories …" states how the
// paper's own model is trained, a step after the model itself.
// "Beyond evaluation, we show that our annotations can serve as training data …": a use past the contribution.
// "Where, we first introduce …": a step of what the sentence before set out, as if it went on.
// "In addition to surveying the field, we argue that …" is no part: what follows "to" is a side task, the main clause the
// contribution.
// "After introducing the models …, we outline the applications …", "Having defined X, we …": a later step of a review's or a
// paper's plan, told after what it has already set out, is a part, however primary the verb of its opening clause.
// "The second phase improves …", "The first stage, X, distills …": a stage of the method, named by its place
// and followed by its verb or an apposition ("The first steps toward bilingual acquisition …" is no stage).
const PART = /^(?:in addition(?!\s+to\b)|additionally|moreover|furthermore|also|besides|beyond\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,|where(?:by|in)?,|second(?:ly)?|third(?:ly)?|finally|lastly|next|then|specifically|concretely|in particular|in order to|to (?:support|facilitate|enable|aid) (?:this|these|our|such|the) (?:research|work|study|studies|effort|evaluation|analysis|investigation)\b|to (?:validate|evaluate|assess|benchmark|test|verify|train|fine-tune|pre-train|supervise) (?:this|these|our|the proposed|such) (?:paradigm|approach|method|framework|model|hypothesis|design|idea|pipeline|agent|policy|system|network|architecture)s?\b|the (?:first|second|third|fourth|final|last|next) (?:phase|step|stage|part|module|component)(?=,|\s[a-z]+s\b)|(?:after|having) (?:briefly |first )?(?:introduc|present|describ|review|outlin|discuss|summari[sz]|defin)(?:ing|ed)\b)/i;
// "Based on these insights, we propose …": a consequence of findings stated before. "With this sensor module, a controller was
// designed …", "Using these models, …": a step that builds on the thing the sentence before made, a later part of the work.
const CONSEQUENCE = new RegExp(
	String.raw`^(?:based (?:up)?on|building (?:up)?on|guided by|motivated by|from) (?:this|these|those|such|${OUR}|the above) (?:insights?|findings?|observations?|results?|analys[ie]s)\b|^(?:with|using) (?:this|these) (?:[\w-]+ ){0,3}?(?:modules?|systems?|devices?|sensors?|set-?ups?|platforms?|methods?|models?|approach(?:es)?|frameworks?|datasets?|tools?|techniques?|instruments?),`,
	'i',
);
// "we introduce two novel key components: (i) …", "We introduce two key modules": the parts of a system, counted, stated after
// the system itself; techniques and strategies may be the contribution itself and are left out.
const COUNTED_PARTS = new RegExp(
	String.raw`\b${CONTRIBUTION_VERB}\s+(?:two|three|four|five|several|a few|a set of|a pair of)\s+(?:[\w-]+\s+){0,3}?(?:components|modules|blocks|sub-?modules|mechanisms|designs)\b`,
	'i',
);
// After the title's system as subject: a copula and an article, a definition of what the paper built.
const DEFINES = /^(?:is|are)\s+(?:a|an|the)\b/;
// After the system a title names at its end ("… with BWA-MEM"): a definition of it as new, "BWA-MEM is a new
// alignment algorithm"; without "new" or "novel" the name may be a tool the paper only uses, defined as background.
const DEFINES_NEW = /^(?:is|are)\s+(?:a|an)\s+(?:new|novel)\b/;
// "To overcome this issue, we …": the sentence that answers the stated problem.
const ANSWER = new RegExp(
	String.raw`^(?:To (?:address|overcome|tackle|solve|bridge|close|mitigate|remedy|alleviate|this end|do so)|Building on this|Guided by|Inspired by)\b[^,]*,\s+(?:${WE}|this (?:paper|work))\b`,
	'i',
);
// "We address this problem by providing …", "we tackle these issues using our toolbox …", "We bridge this
// gap with OpenGame, …": the answer to the problem stated before, said in one clause instead of "To address
// this problem, we …"; when its means is a name, that is the contribution, as if "we propose" named it.
// "This paper addresses this research gap by mapping …", "This essay seeks to fill this conceptual and practical void by
// describing …": the paper as the subject says the same, its verb in the third person, and may state it as what it seeks to do.
// "These issues motivated us to write a short review of …", "This gap led us to develop …": the problem just stated as the
// cause of the authors' work says the same with the problem as the subject ("led us to conclude that …" is a finding).
const ANSWERS_IN_CLAUSE = new RegExp(
	String.raw`^(?:(?:in this (?:paper|work|study|article|manuscript)|here),?\s+)?(?:${WE}|${THIS_PAPER})\s+(?:(?:seeks?|aims?|attempts?|tries|try|sets? out)\s+to\s+)?(?:address|overcome|tackle|solve|bridge|close|fill|mitigate|remedy|alleviate)(?:e?s)?\s+(?:this|these|the above|the aforementioned)\s+(?:[\w-]+\s+){0,3}?(?:problems?|issues?|challenges?|gaps?|limitations?|shortcomings?|questions?|voids?|lacunae?)\s+(?:by|using|with|through|via)\b` +
		String.raw`|^(?:this|these|such|those)\s+(?:[\w-]+\s+){0,3}?(?:motivated|prompted|led|inspired|encouraged|drove)\s+us\s+to\s+(?!(?:believe|think|conclude|expect|suspect|hypothesi[sz]e|suggest|assume)\b)[a-z]+`,
	'i',
);
// A link, code availability, a copyright line ("© 2011 O'Boyle et al", "(c) 2016 APA, all rights reserved"), and the
// journal's citation of the paper itself, year;volume:pages, that medical journals append ("(Am Heart J 2019;207:66-75.)").
const BOILERPLATE = /https?:\/\/|\b(?:code|project website|implementation)\b.*\bavailable\b|©|\(c\)\s*\d{4}|\ball rights reserved\b|\b(?:19|20)\d\d\s?;\s?\d+(?:\(\d+\))?\s?:\s?[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?\b/i;
// "Do nonselected lexical nodes activate their phonological information?": a question the paper asks, not what it did.
const QUESTION = /\?\s*$/;
// "If nonselected nodes are encoded, naming latencies should be shorter …": a prediction from a hypothesis.
const PREDICTION = /^if\b[^,;]{3,}?,\s*(?:then\s+)?(?:[\w-]+\s+){1,6}?(?:should|would|will|must)\b/i;
// "First, we present a step-wise approach …" followed by "We then benchmark …", "We finally employ …":
// the first item of an enumerated procedure, a step as its later items are; "We first examine whether … and then …" opens one
// too, its "first" an adverb of order after the subject.
const FIRST_ITEM = new RegExp(String.raw`^(?:first(?:ly)?,\s|${WE}\s+first\s+(?!time\b)[a-z]+)`, 'i');
// "Building upon this theoretical foundation, we then synthesize …": the next item after a fronted phrase that links it to the first.
const NEXT_ITEM = new RegExp(String.raw`^(?:second(?:ly)?|then|next|finally|lastly)\b|^(?:[^,;.]{3,80},\s+)?${WE}\s+(?:then|next|finally|lastly)\b`, 'i');
const WILL = /\bwill\b/i;
// A name opens the means: "with OpenGame", never "through a combination of …".
const NAME_OPENS = /^\s+(?!(?:A|An|The|This|These|Our)\b)[A-Z]/;
// "Although we focus on TKA in this paper, the method can be applied to other joints": the paper's own voice
// in a concession is a remark on its scope; what the sentence states is its main clause.
const OWN_CONCESSION = new RegExp(String.raw`^(?:although|though|even though|while)\s+(?:${WE}|${THIS_PAPER})\b[^,;]*,\s+(?=\S)`, 'i');

/**
 * The cue patterns above as they are run: each behind the text rules' shared gate (`cue-gate.ts`), so a
 * sentence without any word a pattern requires (read off the pattern) is not scanned by it.
 */
export const CUE = gateCues({ AND_PROPOSE, ANSWER, ANSWERS_IN_CLAUSE, BOILERPLATE, BY_INTRODUCING, CONSEQUENCE, CONTRIBUTION, COUNTED_PARTS, DEFINES, DEFINES_NEW, DEMONSTRATED_BY, DEMONSTRATES_METHOD, EVALUATION, FIRST_ITEM, FUTURE, IN_THIS_WORK, MODEL_SET_UP, NAMED, NAME_OPENS, NEXT_ITEM, NOVELTY, OWN_CONCESSION, PAPER_USES_IN_ANSWER, PART, PREDICTION, PRESENTS, PRESENTS_FINDING, PRIMARY_VERB, PROVIDES_NEW, QUALIFIED_FINDING, QUESTION, REALIZES, RESULT, SECONDARY, SHOWN_HERE, STUDY, THESIS, USES_TO_TEST, WILL });
