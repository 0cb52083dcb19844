/**
 * Probabilistic customer-base models: BG/NBD (who is still a customer and how much they will
 * buy), Gamma-Gamma (how much they spend per purchase) and customer lifetime value.
 * Pure TypeScript on typed-array columns: runs in the browser, Node and tests alike.
 */

export {
  bgNbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesForNewCustomer,
  probabilityAlive,
  probabilityOfPurchases,
  scoreBgNbd,
  type BgNbdFit,
  type BgNbdFitOptions,
  type BgNbdInput,
  type BgNbdParams,
  type BgNbdResult,
  type BgNbdScores,
} from "./bgnbd";
export { fitBgNbd } from "./bgnbdFit";
export {
  customerLifetimeValue,
  DAYS_PER_MONTH,
  monthlyDiscountRate,
  type ClvOptions,
  type ClvTimeUnit,
  type DiscountRate,
} from "./clv";
export { fitFailure, type FitFailure, type FitFailureCode } from "./fitResult";
export {
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  scoreGammaGamma,
  type GammaGammaFit,
  type GammaGammaFitOptions,
  type GammaGammaParams,
  type GammaGammaResult,
  type SpendSummary,
} from "./gammaGamma";
export {
  groupSummaries,
  isValidSummaryRow,
  type CustomerSummary,
  type SummaryGroups,
} from "./group";
export { hyp2f1, logHyp2f1 } from "./hypergeometric";
export {
  minimize,
  type MinimizeOptions,
  type MinimizeResult,
  type Objective,
  type StopReason,
} from "./optimize";
export {
  sampleBeta,
  sampleGamma,
  sampleNormal,
  seededRandom,
  simulateBgNbd,
  simulateTransactions,
  type Random,
  type SimulationOptions,
} from "./simulate";
export { digamma, gammaSign, logAddExp, logBeta, logGamma } from "./special";
export {
  summariseForModel,
  type ModelSummary,
  type SummaryOptions,
  type TransactionColumns,
} from "./summary";
