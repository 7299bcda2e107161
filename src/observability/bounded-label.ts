const LABEL_VALUE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * A metric label value that cannot carry free text: route names and reason codes pass (they are validated
 * identifiers from config or fixed unions); anything else becomes `other`. A last line of defence so a future
 * caller cannot turn an error message or a prompt into an unbounded series.
 */
export function boundedLabel(value: string): string {
  return LABEL_VALUE.test(value) ? value : 'other';
}
