/**
 * The `sx` of a table cell whose text may be long (a request path, an error's cause, an audit
 * reason): it wraps within `maxWidth`, anywhere if it must. Table cells do not wrap by default
 * here (the theme's `MuiTableCell` is `nowrap`), so without this a long path or cause ran on over
 * the next columns. It keeps `minWidth` (160 px unless said): a text that may wrap anywhere is one
 * character wide at its narrowest, and on a phone the table squeezed such a column to a few
 * characters a line (a traces page 5,800 px long) rather than scroll sideways.
 *
 * @example
 * <TableCell sx={{ ...wrappingCell(280), fontFamily: 'monospace' }}>{path}</TableCell>
 */
export function wrappingCell(
  maxWidth: number,
  minWidth = 160,
): {
  minWidth: number;
  maxWidth: number;
  whiteSpace: 'normal';
  overflowWrap: 'anywhere';
} {
  return { minWidth, maxWidth, whiteSpace: 'normal', overflowWrap: 'anywhere' };
}
