/**
 * The entity rules, in the order they run: the names a paper introduces, the curated
 * lexicons, then pattern rules for names no lexicon lists. A new way of finding entities is
 * one module under `entity-rules/` and one line here; its priority settles overlaps.
 */
import { addressedNames } from './entity-rules/addressed-names.ts';
import { acronymCompounds } from './entity-rules/acronym-compounds.ts';
import { acronymCriteria } from './entity-rules/acronym-criteria.ts';
import { analyticalTechniques } from './entity-rules/analytical-techniques.ts';
import { appliedTheories } from './entity-rules/applied-theories.ts';
import { basePackages } from './entity-rules/base-packages.ts';
import { benchmarkShapedNames } from './entity-rules/benchmark-shaped-names.ts';
import { builtOnNames } from './entity-rules/built-on-names.ts';
import { bracketedModelNames } from './entity-rules/bracketed-model-names.ts';
import { calledTerms } from './entity-rules/called-terms.ts';
import { camelCaseNames } from './entity-rules/camel-case-names.ts';
import { catalogueDesignations } from './entity-rules/catalogue-designations.ts';
import { challengeBenchmarks } from './entity-rules/challenge-benchmarks.ts';
import { chemicalFormulas } from './entity-rules/chemical-formulas.ts';
import { capitalNamesOfKind } from './entity-rules/capital-names-of-kind.ts';
import { citedOriginNames } from './entity-rules/cited-origin-names.ts';
import { citedAcronyms } from './entity-rules/cited-acronyms.ts';
import { cohortNetworks } from './entity-rules/cohort-networks.ts';
import { cueNounNames } from './entity-rules/cue-noun-names.ts';
import { cutTitleLongForms } from './entity-rules/cut-title-long-forms.ts';
import { coordinatedAcronyms } from './entity-rules/coordinated-acronyms.ts';
import { comparedNames } from './entity-rules/compared-names.ts';
import { comparedQuantityNames } from './entity-rules/compared-quantities.ts';
import { coinedListMates } from './entity-rules/coined-list-mates.ts';
import { contentsHeadings, gluedSectionNames } from './entity-rules/contents-headings.ts';
import { countedLists } from './entity-rules/counted-lists.ts';
import { countedMethodLists } from './entity-rules/counted-method-lists.ts';
import { countedRuns } from './entity-rules/counted-runs.ts';
import { companyNames } from './entity-rules/company-names.ts';
import { compoundNameTails } from './entity-rules/compound-name-tails.ts';
import { commonWordCapitals } from './entity-rules/common-word-capitals.ts';
import { datasetContext } from './entity-rules/dataset-context.ts';
import { describedExamples } from './entity-rules/described-examples.ts';
import { describedNames } from './entity-rules/described-names.ts';
import type { EntityRule, NameFilter } from './entity-rules/entity-rule.ts';
import { eponymAdjectiveVariants } from './entity-rules/eponym-adjective-variants.ts';
import { establishedMethods } from './entity-rules/established-methods.ts';
import { eponymFormulas } from './entity-rules/eponym-formulas.ts';
import { evaluatedInterventions } from './entity-rules/evaluated-interventions.ts';
import { eponymPairs } from './entity-rules/eponym-pairs.ts';
import { eponymPossessives } from './entity-rules/eponym-possessives.ts';
import { eponymTheories } from './entity-rules/eponym-theories.ts';
import { eponymStatistics } from './entity-rules/eponym-statistics.ts';
import { sharedHeadTechniques } from './entity-rules/shared-head-techniques.ts';
import { sizedModelNames } from './entity-rules/sized-model-names.ts';
import { slashedRatioTechniques } from './entity-rules/slashed-ratio-techniques.ts';
import { sentenceCasePhrases } from './entity-rules/sentence-case-phrases.ts';
import { spelledAcronymLetters } from './entity-rules/spelled-acronym-letters.ts';
import { spelledLongFormTails } from './entity-rules/spelled-long-form-tails.ts';
import { studiedConditions } from './entity-rules/studied-conditions.ts';
import { standardCodes } from './entity-rules/standard-codes.ts';
import { statisticalAnalyses } from './entity-rules/statistical-analyses.ts';
import { titledSurveys } from './entity-rules/titled-surveys.ts';
import { titledStudyNames } from './entity-rules/titled-study-names.ts';
import { titledVariants } from './entity-rules/titled-variants.ts';
import { yearEditions } from './entity-rules/year-editions.ts';
import { yearNamedCohorts } from './entity-rules/year-named-cohorts.ts';
import { exemplifiedModels } from './entity-rules/exemplified-models.ts';
import { exemplifiedSystems } from './entity-rules/exemplified-systems.ts';
import { letterStatistics } from './entity-rules/letter-statistics.ts';
import { letterPrefixedTechniques } from './entity-rules/letter-prefixed-techniques.ts';
import { eponymTechniques } from './entity-rules/eponym-techniques.ts';
import { factorLevelNames } from './entity-rules/factor-levels.ts';
import { negatedGroupNames } from './entity-rules/negated-groups.ts';
import { fileFormats } from './entity-rules/file-formats.ts';
import { familySizeVariants } from './entity-rules/family-size-variants.ts';
import { frameworkNames } from './entity-rules/framework-names.ts';
import { functionalNames } from './entity-rules/functional-names.ts';
import { gainsByDataset } from './entity-rules/gains-by-dataset.ts';
import { gluedHeadings } from './entity-rules/glued-headings.ts';
import { gluedNamePieces } from './entity-rules/glued-name-pieces.ts';
import { industryNames } from './entity-rules/industry-names.ts';
import { joinedPlatformNames } from './entity-rules/joined-platform-names.ts';
import { journalNames } from './entity-rules/journal-names.ts';
import { technologyFields } from './entity-rules/technology-fields.ts';
import { vertebralLevels } from './entity-rules/vertebral-levels.ts';
import { tnmCategories } from './entity-rules/tnm-categories.ts';
import { inlineHeadings } from './entity-rules/inline-headings.ts';
import { hardwareVendors } from './entity-rules/hardware-vendors.ts';
import { unitAbbreviations } from './entity-rules/unit-abbreviations.ts';
import { subtypeCodes } from './entity-rules/subtype-codes.ts';
import { namedCohorts } from './entity-rules/named-cohorts.ts';
import { organisationAcronyms } from './entity-rules/organisation-acronyms.ts';
import { hyphenatedProcedures } from './entity-rules/hyphenated-procedures.ts';
import { instrumentTechniques } from './entity-rules/instrument-techniques.ts';
import { instrumentModels } from './entity-rules/instrument-models.ts';
import { instrumentTokens } from './entity-rules/instrument-tokens.ts';
import { introducedNames } from './entity-rules/introduced-names.ts';
import { kindAppositions } from './entity-rules/kind-appositions.ts';
import { kindCalledNames } from './entity-rules/kind-called-names.ts';
import { kindStatedAcronymLists } from './entity-rules/kind-stated-acronym-lists.ts';
import { kindStatedLists } from './entity-rules/kind-stated-lists.ts';
import { knownAcronymTitles } from './entity-rules/known-acronym-titles.ts';
import { knownListMates } from './entity-rules/known-list-mates.ts';
import { knownToolMates } from './entity-rules/known-tool-mates.ts';
import { knownVariants } from './entity-rules/known-variants.ts';
import { knownVersions } from './entity-rules/known-versions.ts';
import { lexiconHeadNouns } from './entity-rules/lexicon-head-nouns.ts';
import { lexiconNames } from './entity-rules/lexicon-names.ts';
import { likenessModifiers } from './entity-rules/likeness-modifiers.ts';
import { libraryNames } from './entity-rules/library-names.ts';
import { listedLongForms } from './entity-rules/listed-long-forms.ts';
import { listedNames } from './entity-rules/listed-names.ts';
import { massSpectrometryCompounds } from './entity-rules/mass-spectrometry-compounds.ts';
import { measuredByAnalyses } from './entity-rules/measured-by-analyses.ts';
import { measurementSubjects } from './entity-rules/measurement-subjects.ts';
import { measuringWords } from './entity-rules/measuring-words.ts';
import { methodApposition } from './entity-rules/method-apposition.ts';
import { languageNames } from './entity-rules/language-names.ts';
import { labelledApproaches } from './entity-rules/labelled-approaches.ts';
import { mixedCaseAcronyms } from './entity-rules/mixed-case-acronyms.ts';
import { modelApposition } from './entity-rules/model-apposition.ts';
import { modelNames } from './entity-rules/model-names.ts';
import { namedAcronyms } from './entity-rules/named-acronyms.ts';
import { namedComponents } from './entity-rules/named-components.ts';
import { namedDataSources } from './entity-rules/named-data-sources.ts';
import { numeralRanges } from './entity-rules/numeral-ranges.ts';
import { ordinalMethodAcronyms } from './entity-rules/ordinal-method-acronyms.ts';
import { organisationNames } from './entity-rules/organisation-names.ts';
import { packageNames } from './entity-rules/package-names.ts';
import { pairedTokenNames } from './entity-rules/paired-token-names.ts';
import { parameterAcronyms } from './entity-rules/parameter-acronyms.ts';
import { personNames } from './entity-rules/person-names.ts';
import { personFullNames } from './entity-rules/person-full-names.ts';
import { placeNames } from './entity-rules/place-names.ts';
import { pluralKindAcronyms } from './entity-rules/plural-kind-acronyms.ts';
import { prefixedFamilyNames } from './entity-rules/prefixed-family-names.ts';
import { priorVersions } from './entity-rules/prior-versions.ts';
import { qualifiedPlaces } from './entity-rules/qualified-places.ts';
import { qualifiedAcronyms } from './entity-rules/qualified-acronyms.ts';
import { qualifiedEponymTechniques } from './entity-rules/qualified-eponym-techniques.ts';
import { quotedApproaches } from './entity-rules/quoted-approaches.ts';
import { quotedModelNames } from './entity-rules/quoted-model-names.ts';
import { quotedSoftware } from './entity-rules/quoted-software.ts';
import { receptorNames } from './entity-rules/receptor-names.ts';
import { recordSources } from './entity-rules/record-sources.ts';
import { reportedSymbols } from './entity-rules/reported-symbols.ts';
import { resultClauseNames } from './entity-rules/result-clause-names.ts';
import { revisedModels } from './entity-rules/revised-models.ts';
import { systemSoftwareNames } from './entity-rules/system-software-names.ts';
import { softwareVersions } from './entity-rules/software-versions.ts';
import { sponsorNames } from './entity-rules/sponsor-names.ts';
import { taxonAcronyms } from './entity-rules/taxon-acronyms.ts';
import { taxonGenera } from './entity-rules/taxon-genera.ts';
import { taxonRanks } from './entity-rules/taxon-ranks.ts';
import { techniqueAcronyms } from './entity-rules/technique-acronyms.ts';
import { componentAcronyms } from './entity-rules/component-acronyms.ts';
import { tieredReleases } from './entity-rules/tiered-releases.ts';
import { toolNames } from './entity-rules/tool-names.ts';
import { titleCaseTechniques } from './entity-rules/title-case-techniques.ts';
import { titleProperNames } from './entity-rules/title-proper-names.ts';
import { vendorProducts } from './entity-rules/vendor-products.ts';
import { trademarkedProducts } from './entity-rules/trademarked-products.ts';
import { versionedDataProducts } from './entity-rules/versioned-data-products.ts';
import { workshopTestCases } from './entity-rules/workshop-test-cases.ts';
import { workingPrinciples } from './entity-rules/working-principles.ts';

/** Every entity rule, in running order (the first to find a name gives its spelling). */
export const ENTITY_RULES: readonly EntityRule[] = [introducedNames, lexiconNames, knownVersions, lexiconHeadNouns, modelNames, tieredReleases, datasetContext, gainsByDataset, methodApposition, labelledApproaches, modelApposition, namedAcronyms, parameterAcronyms, acronymCompounds, techniqueAcronyms, massSpectrometryCompounds, componentAcronyms, listedNames, countedLists, countedMethodLists, ordinalMethodAcronyms, countedRuns, namedDataSources, titledSurveys, standardCodes, yearEditions, eponymTechniques, qualifiedEponymTechniques, eponymStatistics, eponymTheories, appliedTheories, evaluatedInterventions, eponymFormulas, eponymPossessives, eponymPairs, slashedRatioTechniques, exemplifiedSystems, exemplifiedModels, letterStatistics, titleCaseTechniques, namedComponents, hyphenatedProcedures, letterPrefixedTechniques, describedNames, comparedNames, citedAcronyms, coordinatedAcronyms, camelCaseNames, titleProperNames, instrumentTechniques, sharedHeadTechniques, analyticalTechniques, establishedMethods, measuringWords, measurementSubjects, workingPrinciples, measuredByAnalyses, statisticalAnalyses, qualifiedAcronyms, knownAcronymTitles, revisedModels, functionalNames, softwareVersions, basePackages, builtOnNames, systemSoftwareNames, packageNames, libraryNames, cueNounNames, frameworkNames, toolNames, workshopTestCases, capitalNamesOfKind, kindStatedLists, kindStatedAcronymLists, knownListMates, knownToolMates, describedExamples, knownVariants, familySizeVariants, prefixedFamilyNames, coinedListMates, fileFormats, instrumentTokens, versionedDataProducts, priorVersions, recordSources, kindAppositions, kindCalledNames, calledTerms, quotedApproaches, mixedCaseAcronyms, addressedNames, benchmarkShapedNames, contentsHeadings,
	eponymAdjectiveVariants, quotedSoftware, challengeBenchmarks, sizedModelNames, joinedPlatformNames, vendorProducts, trademarkedProducts, citedOriginNames, pairedTokenNames, yearNamedCohorts, namedCohorts, acronymCriteria, cohortNetworks, quotedModelNames, titledVariants, resultClauseNames, titledStudyNames, bracketedModelNames];

/** Kinds of proper names that are never entities, whichever rule found them (one module each): an
 * organisation, a company ("a start-up company, Aloe Health (AH)"), a language or a people ("English to Hindi"), a programme or a body that
 * funds the work ("overseen by A, B, and C"), a
 * word cut out of a longer capitalised name is none either, nor a piece of a longer word ("blaOXA" of
 * "blaOXA−51"), nor a heading glued to the text, nor
 * a name with a table of contents' section number glued to it ("NOTEARS4"), nor a word of an inline heading ("AREAS COVERED:"), nor an export's
 * character reference ("& COPY;"), nor a name written only as a likeness ("a BERT-style encoder"), nor
 * a chemical formula (a substance studied, not a work used), nor a receptor ("NMDA receptor"), nor an industry ("the Textile and Apparel (TA) industry"),
 * nor a field of technology ("IoT", "ICTs"), nor a journal or a figure of one ("TCSS", "the CitesSore of IEEE TCSS"), nor a person ("Einstein wrote …"),
 * nor a treatment a trial abbreviates ("reduced (RS) or normal (NS) starch"), nor a group and its negation ("previously
 * infected (PI) and not previously infected (NPI)"), nor a kind defined by
 * a plural acronym ("omni-modal large language models (OLMs)"), nor the acronym of a list of coordinate words
 * ("environmental, social, and governance (ESG)"), a set of criteria, nor a word whose capitals spell out
 * an acronym defined after it ("COupled … in PYthon (COSIPY)") or the tail of such a long form of a
 * coined name ("… SPeed and EXactness Kit" of FooSPEX), nor the opening words of the long form a title
 * spells its own name with ("Efficient Reinforcement Learning" of "EVA: Efficient … Video Agent"), nor a phrase capitalised only where
 * a sentence opens and written in lower case elsewhere ("Hierarchical Bayesian"), nor a plain word capitalised as a
 * label and written in lower case elsewhere ("Hallucination" beside "hallucinations"), nor what a paper
 * observes or runs on: a catalogue designation's letters ("AzV" of "AzV 75"), a range of stages
 * ("I-III"), a population its binomial names ("SRKW"), a family or order of living things ("Cotingidae"),
 * a genus or a subgenus ("Anopheles"), a statistic written only as its symbol and a value ("Fst = 0.11"),
 * a make's instrument ("Illumina MiSeq"), a chip maker named by its hardware ("MetaX GPUs"),
 * a unit's symbol after a quantity ("55% RH"), a vertebral level ("L3-S1 laminectomy"), a TNM staging category ("pN", "ypT0"), a ratio or index
 * the study compares between its conditions ("lower delta-to-theta ratio (DTR)"), a code of the study's own
 * groups glued to a defined acronym ("MCRv" beside "MCR"), an acronym bracketed after a body's head noun
 * ("the state authority (PBN)"). */
export const NAME_FILTERS: readonly NameFilter[] = [organisationNames, companyNames, sponsorNames, personNames, personFullNames, factorLevelNames, negatedGroupNames, comparedQuantityNames, pluralKindAcronyms, listedLongForms, placeNames, languageNames, qualifiedPlaces, compoundNameTails, gluedNamePieces, gluedHeadings, inlineHeadings, gluedSectionNames, likenessModifiers, chemicalFormulas, receptorNames, industryNames, technologyFields, journalNames, studiedConditions, spelledAcronymLetters, spelledLongFormTails, cutTitleLongForms, sentenceCasePhrases, commonWordCapitals, catalogueDesignations, numeralRanges, taxonAcronyms, taxonRanks, taxonGenera, reportedSymbols, instrumentModels, hardwareVendors, vertebralLevels,
	unitAbbreviations, subtypeCodes, tnmCategories, organisationAcronyms];
