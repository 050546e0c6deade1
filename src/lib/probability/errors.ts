/** Why an input to the probability engine was refused. */
export type ProbabilityErrorCode =
  | 'range-order' // low > high
  | 'range-bounds' // low or high outside [0, 1], or not a number
  | 'degenerate-range' // low === high: a certain rate, pass the number itself as the stage instead
  | 'bad-counts' // entries/exits negative, not finite, or exits > entries
  | 'bad-belief' // a Beta with alpha or beta not > 0, or a fixed rate outside [0, 1]
  | 'bad-input'; // any other invalid simulate / topNeededFor argument

/** A typed, serialisable refusal (the worker sends `{ code, message }` to the page). */
export class ProbabilityInputError extends Error {
  readonly code: ProbabilityErrorCode;
  constructor(code: ProbabilityErrorCode, message: string) {
    super(message);
    this.name = 'ProbabilityInputError';
    this.code = code;
  }
}
