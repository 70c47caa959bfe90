declare module 'edtf' {
  /** Parses an EDTF string into a Date, Interval, Season, Set, List, Century, Decade or Year object. */
  export default function edtf(input: string): unknown;
  export function parse(input: string): unknown;
}
